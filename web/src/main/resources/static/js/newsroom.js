// Asks before a form that cannot be undone from here (publish now, retract); without JavaScript the form just posts.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
