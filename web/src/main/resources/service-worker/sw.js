// Shows the alerts notification-service pushes: { id, tag, title, body, url }.
self.addEventListener('push', (event) => {
  let alert = {};
  try {
    alert = event.data ? event.data.json() : {};
  } catch (e) {
    alert = { title: 'มีข่าวใหม่', body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(self.registration.showNotification(alert.title || 'มีข่าวใหม่', {
    body: alert.body || '',
    tag: alert.tag,
    lang: 'th',
    icon: '/icon.svg',
    data: { url: alert.url || '/' }
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(self.clients.openWindow(url));
});
