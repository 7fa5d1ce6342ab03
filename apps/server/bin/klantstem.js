#!/usr/bin/env node
// Entry point linked as `klantstem` by npm; the compiled CLI is built by `npm install`.
import '../dist/cli.js';
