// Starts the minimal baseline page the same way boot.js starts Hearth.
window.createHearth({ canvas: document.getElementById('canvas') });
