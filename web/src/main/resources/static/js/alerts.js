(function () {
  'use strict';

  var form = document.getElementById('alerts-form');
  if (!form) { return; }
  var api = form.getAttribute('data-api-base') || '';
  var status = document.getElementById('alerts-status');
  var manage = document.getElementById('alerts-manage');
  var unsubscribe = document.getElementById('alerts-unsubscribe');
  var STORE = 'localnews.subscription';

  function say(text) { status.textContent = text; }

  function base64UrlToBytes(value) {
    var padded = (value + '==='.slice((value.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    var raw = atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }

  function showSaved() {
    var saved = JSON.parse(localStorage.getItem(STORE) || 'null');
    manage.hidden = !saved;
    if (saved) {
      var link = document.getElementById('alerts-manage-link');
      link.href = api + '/api/subscriptions/' + encodeURIComponent(saved.id) + '?token=' + encodeURIComponent(saved.manageToken);
    }
  }

  async function subscribe(event) {
    event.preventDefault();
    if (!('serviceWorker' in navigator) || !('PushManager' in window)) {
      say('เบราว์เซอร์นี้ไม่รองรับการแจ้งเตือน');
      return;
    }
    try {
      say('กำลังสมัคร…');
      var registration = await navigator.serviceWorker.register('/sw.js');
      var key = await (await fetch(api + '/api/subscriptions/vapid-public-key')).json();
      var push = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(key.publicKey) });
      var sections = checked('sections');
      var provinces = checked('provinces');
      var body = {
        channel: 'webpush',
        subscription: push.toJSON(),
        interests: { all: sections.length === 0 && provinces.length === 0, breaking: form.elements.breaking.checked,
          sections: sections, provinces: provinces, tags: [], keywords: [] }
      };
      var response = await fetch(api + '/api/subscriptions', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      var created = await response.json();
      localStorage.setItem(STORE, JSON.stringify({ id: created.id, manageToken: created.manageToken }));
      say('สมัครรับการแจ้งเตือนเรียบร้อยแล้ว');
      showSaved();
    } catch (e) {
      say('สมัครไม่สำเร็จ กรุณาอนุญาตการแจ้งเตือนแล้วลองใหม่');
    }
  }

  async function cancel() {
    var saved = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (!saved) { return; }
    try {
      await fetch(api + '/api/subscriptions/' + encodeURIComponent(saved.id), {
        method: 'DELETE', headers: { 'Authorization': 'Bearer ' + saved.manageToken }
      });
      var registration = await navigator.serviceWorker.getRegistration('/');
      var push = registration && await registration.pushManager.getSubscription();
      if (push) { await push.unsubscribe(); }
      localStorage.removeItem(STORE);
      say('ยกเลิกการแจ้งเตือนแล้ว');
      showSaved();
    } catch (e) {
      say('ยกเลิกไม่สำเร็จ กรุณาลองใหม่');
    }
  }

  form.addEventListener('submit', subscribe);
  unsubscribe.addEventListener('click', cancel);
  showSaved();
})();
