/*
 * Delegatiescan embed script: goes on the VA's own site next to the iframe from the back office
 * (Instellingen → Insluiten op je website). It makes every iframe marked data-delegatiescan as
 * tall as the scan inside it, so the visitor scrolls the page, never a box within the page.
 *
 * The scan posts { type: 'delegatiescan:height', height } whenever its content changes height.
 * A message counts only when it comes from this script's own origin (where the scan is served)
 * and from the very window inside one of the marked iframes; anything else is ignored.
 */
(function () {
  'use strict';
  if (window.delegatiescanEmbed) return; // the snippet pasted twice on one page
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appOrigin = new URL(script.src, document.baseURI).origin;
  window.delegatiescanEmbed = { origin: appOrigin };

  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 30000;

  function markedFrames() {
    return document.querySelectorAll('iframe[data-delegatiescan]');
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'delegatiescan:height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
    var frames = markedFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });

  // The scan may have told its height before this script arrived: ask again now, and when a
  // frame (re)loads (a lazy frame loads only when it scrolls near the screen). The question
  // carries nothing, so it may go to whatever the frame holds at that moment ('*').
  function askHeight(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'delegatiescan:measure' }, '*');
  }
  var frames = markedFrames();
  for (var i = 0; i < frames.length; i++) {
    askHeight(frames[i]);
    frames[i].addEventListener('load', askHeight.bind(null, frames[i]));
  }
})();
