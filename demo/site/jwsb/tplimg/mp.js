function drawLine(area) { /* hotspot outline: IE-only in the original template */ }
