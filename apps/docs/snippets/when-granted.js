// Runs `callback` once the visitor has granted `category`: at once when a stored decision
// already grants it, else after the decision that does. Put it after the Smula script.
function whenGranted(category, callback) {
  const granted = () => window.Smula?.consent?.choices[category] === true;
  if (granted()) return callback();
  document.addEventListener('smula:consent', function listener() {
    if (!granted()) return;
    document.removeEventListener('smula:consent', listener);
    callback();
  });
}
