#!/usr/bin/env node
console.log('postflight cli');
