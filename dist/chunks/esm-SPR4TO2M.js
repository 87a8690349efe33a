import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  GraphQLDeprecatedDirective,
  GraphQLError,
  Kind,
  TokenKind,
  TypeInfo,
  coerceInputValue,
  extendSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isUnionType,
  isWrappingType,
  parse,
  print,
  printType,
  validate,
  valueFromAST,
  visit,
  visitWithTypeInfo
} from "./chunk-E6SZB2C2.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-CNPVSFHC.js";

// node_modules/object-inspect/util.inspect.js
var require_util_inspect = __commonJS({
  "node_modules/object-inspect/util.inspect.js"(exports, module) {
    module.exports = __require("util").inspect;
  }
});

// node_modules/object-inspect/stringWidthRanges.js
var require_stringWidthRanges = __commonJS({
  "node_modules/object-inspect/stringWidthRanges.js"(exports, module) {
    var $join = Array.prototype.join;
    module.exports = $join.call([
      "00.v,02n.w,0gw.33,07n.6,07b.18,01.0,01.1,01.1,01.0,01k.5,0a.a,01.0,01a.k,0g.0,02t.7,01.5,02.1,01.3,",
      "0x.0,01.0,0u.q,02j.a,01m.8,09.0,0o.3,01.8,01.2,01.4,017.2,01g.1,05.8,016.1k,01j.0,01.0,04.7,04.0,",
      "03.6,0a.1,0t.0,01m.0,04.3,08.0,0k.1,0q.0,02.1,01l.0,04.1,04.1,02.2,03.0,0u.1,03.0,0b.1,01l.0,04.4,",
      "01.1,04.0,0k.1,0m.5,01.0,01m.0,02.0,01.3,08.0,07.1,0b.1,0u.0,01p.0,0c.0,01e.0,03.0,01j.0,01.2,05.2,",
      "01.3,07.1,0b.1,0t.0,01m.0,02.0,06.0,05.1,0k.1,0s.1,01l.1,04.3,08.0,0k.1,0t.0,020.0,07.2,01.0,02i.0,",
      "02.6,0c.7,02q.0,02.8,0b.6,021.1,0r.0,01.0,01.0,01j.d,01.4,01.1,05.a,01.z,09.0,02u.3,01.5,01.1,02.1,",
      "0p.1,04.2,0g.3,0d.0,02.1,06.0,0f.0,22q.2n,0e5.2,0qa.2,0t.1,0u.1,0u.1,01s.1,01.6,08.0,02.a,09.0,",
      "019.4,039.1,0y.0,03a.2,04.1,09.0,06.2,063.1,02.0,01m.0,01.6,01.0,01.0,02.7,06.9,02.0,01c.19,02.b,",
      "0k.3,01c.0,01.4,01.0,05.0,014.8,0c.1,0w.3,02.1,01.2,01k.0,01.1,03.0,01.2,01m.7,02.1,048.2,01.c,01.6,",
      "04.0,06.0,03.1,05i.1r,0ej.4,0q.4,01d.4,01.9,02o.w,2fd.1,2d.1,25a.3,23.0,22.0,2eh.1,2l.1,2q.7,2g.b,",
      "217.0,2a.5,23.0,2d.0,28.1,2h.1,25.1,28.0,25.0,2l.0,27.1,21.0,24.0,22.0,27.0,24.1,2s.0,2z.0,21.0,",
      "24.2,21.0,21p.2,2o.0,2e.0,2nv.1,21f.0,24.0,0bd.2,03x.0,02o.v,23k.p,21.2g,2c.5x,2q.26,22.2d,22.2u,",
      "25.16,21.2l,21.2d,29.1b,21.13,28.mkc,23.1i,0bs.3,01.9,0w.1,028.1,07k.0,03.0,04.0,0p.1,05.0,047.1,",
      "0q.h,0d.0,012.7,0p.a,2e.s,03.2,01c.0,02.3,02.1,013.0,01v.5,02.1,02.1,0c.0,08.0,01b.0,01f.0,01.2,",
      "02.1,05.1,01.0,016.1,08.0,06m.0,02.0,04.0,2i.8mb,26l8.e7,0u.0,0kh.f,20.9,06.f,20.y,21.i,21.3,043.0,",
      "21.2n,23j.6,0i.2,0e9.0,06a.0,045.4,01ae.2,01.1,05.3,014.2,04.0,04l.1,0fx.3,01t.4,08t.1,025.5,01y.a,",
      "01d.3,03f.0,01i.e,015.0,02.1,0a.2,01d.3,02.1,02.0,04.0,0a.0,01e.2,010.4,01.7,01q.0,0c.1,01g.8,0a.3,",
      "02.0,02n.2,02.0,01.1,06.0,02.0,04d.0,03.7,0l.1,01l.1,03.0,011.6,03.4,01y.5,0d.0,01.0,01.0,0e.1,",
      "02d.7,02.2,01.0,0n.0,02c.5,01.0,04.1,01.1,06m.3,06.1,01.1,0r.1,02d.7,02.0,01.1,02y.0,01.0,02.5,01.0,",
      "02t.0,01.0,02.3,01.4,077.8,01.1,074.1,01.0,04.0,040.3,02.1,04.0,0w.9,014.5,02.3,08.0,09.5,02.2,",
      "01a.c,01.1,05i.0,01.2,01.0,05l.6,01.5,01.0,02a.l,02.6,01.1,01.1,03e.5,03.0,01.1,01.6,01.0,020.1,",
      "03.0,01.0,09n.1,0b.1,01g.4,05.0,01.0,0n.0,0445.g,06.e,08ug.b,03.2,01xc.4,01n.6,0t4.0,01r.3,225.4,",
      "2b.6,29.5p1,215.v,22p.36,26pp.3,21.6,21.1,21.82,2f.0,2t.2,22.0,2e.3,28.az,01wh.1,01.3,03mk.19,02.m,",
      "2ev.1,30.4,02.2,09.f,02.6,0u.3,2d.1,30.3,03l.2,257.2e,29.m,01ah.1i,04.1d,08.0,0e.0,0m.4,01.e,011s.6,",
      "01.g,02.6,01.1,01.4,02s.0,04g.6,0af.0,01p.3,0e4.3,072.1,06r.0,02.0,07.1,05.0,0d6.6,031.6,21bt.0,",
      "25m.0,25a.0,22.9,223.s,2d.17,24.8,27.1,2e.5,24a.w,2c.8,21.1x,21.l,2c.16,24.4,2c.g,23.0,23.1y,21.0,",
      "21.56,22.1q,2d.3,21.n,2i.0,2q.1,2d.0,22e.2c,21c.1x,26.0,23.2,22.3,23.3,2b.1,27.8,26b.b,24.0,27v.1a,",
      "21.9,21.54,234.c,23.a,23.1k,21.0,24.f,22.b,24.9,2zr.1ekd,22.1ekd,0e1oj.0,0u.2n,03k.6n"
    ], "");
  }
});

// node_modules/object-inspect/stringWidth.js
var require_stringWidth = __commonJS({
  "node_modules/object-inspect/stringWidth.js"(exports, module) {
    var $charCodeAt = String.prototype.charCodeAt, $indexOf = String.prototype.indexOf, $normalize = String.prototype.normalize, $slice = String.prototype.slice, $split = String.prototype.split, $floor = Math.floor, $parseInt = parseInt, ranges = require_stringWidthRanges(), starts = [], ends = [], widths = [], tokens = $split.call(ranges, ","), previousEnd = -1;
    for (t = 0; t < tokens.length; t++)
      dot = $indexOf.call(tokens[t], "."), starts[t] = previousEnd + 1 + $parseInt($slice.call(tokens[t], 1, dot), 36), previousEnd = starts[t] + $parseInt($slice.call(tokens[t], dot + 1), 36), ends[t] = previousEnd, widths[t] = Number($slice.call(tokens[t], 0, 1));
    var dot, t;
    function codePointWidth(code) {
      for (var low = 0, high = starts.length - 1; low <= high; ) {
        var mid = $floor((low + high) / 2);
        if (code < starts[mid])
          high = mid - 1;
        else if (code > ends[mid])
          low = mid + 1;
        else
          return widths[mid];
      }
      return 1;
    }
    function unicodeWidth(str) {
      for (var width = 0, i = 0; i < str.length; i++) {
        var code = $charCodeAt.call(str, i);
        if (code >= 55296 && code <= 56319 && i + 1 < str.length) {
          var next = $charCodeAt.call(str, i + 1);
          next >= 56320 && next <= 57343 && (code = (code - 55296) * 1024 + (next - 56320) + 65536, i += 1);
        }
        width += codePointWidth(code);
      }
      return width;
    }
    module.exports = function(str) {
      for (var width = 0, i = 0; i < str.length; i++) {
        var code = $charCodeAt.call(str, i);
        if (code >= 127) {
          var rest = $slice.call(str, i);
          return width + unicodeWidth($normalize ? $normalize.call(rest, "NFC") : rest);
        }
        width += code >= 32 ? 1 : 0;
      }
      return width;
    };
  }
});

// node_modules/object-inspect/index.js
var require_object_inspect = __commonJS({
  "node_modules/object-inspect/index.js"(exports, module) {
    var hasMap = typeof Map == "function" && Map.prototype, mapSizeDescriptor = Object.getOwnPropertyDescriptor && hasMap ? Object.getOwnPropertyDescriptor(Map.prototype, "size") : null, mapSize = hasMap && mapSizeDescriptor && typeof mapSizeDescriptor.get == "function" ? mapSizeDescriptor.get : null, mapForEach = hasMap && Map.prototype.forEach, mapEntries = hasMap && Map.prototype.entries, hasSet = typeof Set == "function" && Set.prototype, setSizeDescriptor = Object.getOwnPropertyDescriptor && hasSet ? Object.getOwnPropertyDescriptor(Set.prototype, "size") : null, setSize = hasSet && setSizeDescriptor && typeof setSizeDescriptor.get == "function" ? setSizeDescriptor.get : null, setForEach = hasSet && Set.prototype.forEach, setValues = hasSet && Set.prototype.values, hasWeakMap = typeof WeakMap == "function" && WeakMap.prototype, weakMapHas = hasWeakMap ? WeakMap.prototype.has : null, hasWeakSet = typeof WeakSet == "function" && WeakSet.prototype, weakSetHas = hasWeakSet ? WeakSet.prototype.has : null, hasWeakRef = typeof WeakRef == "function" && WeakRef.prototype, weakRefDeref = hasWeakRef ? WeakRef.prototype.deref : null, booleanValueOf = Boolean.prototype.valueOf, objectToString = Object.prototype.toString, functionToString = Function.prototype.toString, $match = String.prototype.match, $slice = String.prototype.slice, $replace = String.prototype.replace, $toUpperCase = String.prototype.toUpperCase, $toLowerCase = String.prototype.toLowerCase, $test = RegExp.prototype.test, $concat = Array.prototype.concat, $join = Array.prototype.join, $arrSlice = Array.prototype.slice, $floor = Math.floor, $max = Math.max, $min = Math.min, $round = Math.round, $sqrt = Math.sqrt, bigIntValueOf = typeof BigInt == "function" ? BigInt.prototype.valueOf : null, gOPS = Object.getOwnPropertySymbols, symToString = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? Symbol.prototype.toString : null, hasShammedSymbols = typeof Symbol == "function" && typeof Symbol.iterator == "object", toStringTag = typeof Symbol == "function" && Symbol.toStringTag && (hasShammedSymbols ? typeof Symbol.toStringTag == "object" : typeof Symbol.toStringTag == "symbol") ? Symbol.toStringTag : null, isEnumerable = Object.prototype.propertyIsEnumerable, gPO = (typeof Reflect == "function" ? Reflect.getPrototypeOf : Object.getPrototypeOf) || ([].__proto__ === Array.prototype ? function(O) {
      return O.__proto__;
    } : null), mapIteratorNext = mapEntries && gPO ? gPO(mapEntries.call(/* @__PURE__ */ new Map())).next : null, setIteratorNext = setValues && gPO ? gPO(setValues.call(/* @__PURE__ */ new Set())).next : null, typedArrayProto = typeof Uint8Array == "function" && gPO ? gPO(Uint8Array.prototype) : null, typedArrayTag = typedArrayProto && toStringTag ? getterOf(typedArrayProto, toStringTag) : null, typedArrayLength = typedArrayProto ? getterOf(typedArrayProto, "length") : null, typedArrayToString = /^\[object (?:Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float16|Float32|Float64|BigInt64|BigUint64)Array\]$/, typedArrayLengths = { __proto__: null };
    if (!typedArrayLength)
      for (TypedArrays = [
        typeof Int8Array == "function" && Int8Array,
        typeof Uint8Array == "function" && Uint8Array,
        typeof Uint8ClampedArray == "function" && Uint8ClampedArray,
        typeof Int16Array == "function" && Int16Array,
        typeof Uint16Array == "function" && Uint16Array,
        typeof Int32Array == "function" && Int32Array,
        typeof Uint32Array == "function" && Uint32Array,
        typeof Float32Array == "function" && Float32Array,
        typeof Float64Array == "function" && Float64Array
      ], ta = 0; ta < TypedArrays.length; ta++)
        TypedArray = TypedArrays[ta], lengthGetter = TypedArray && getterOf(TypedArray.prototype, "length"), lengthGetter && (typedArrayLengths[toStr(new TypedArray(0))] = lengthGetter);
    var TypedArrays, TypedArray, lengthGetter, ta;
    function addNumericSeparator(num, str) {
      if (num === 1 / 0 || num === -1 / 0 || num !== num || num && num > -1e3 && num < 1e3 || $test.call(/e/, str))
        return str;
      var sepRegex = /[0-9](?=(?:[0-9]{3})+(?![0-9]))/g;
      if (typeof num == "number") {
        var int = num < 0 ? -$floor(-num) : $floor(num);
        if (int !== num) {
          var intStr = String(int), dec = $slice.call(str, intStr.length + 1);
          return $replace.call(intStr, sepRegex, "$&_") + "." + $replace.call($replace.call(dec, /([0-9]{3})/g, "$&_"), /_$/, "");
        }
      }
      return $replace.call(str, sepRegex, "$&_");
    }
    var utilInspect = require_util_inspect(), getStringWidth = require_stringWidth(), inspectCustom = utilInspect.custom, inspectSymbol = isSymbol(inspectCustom) ? inspectCustom : null, quotes = {
      __proto__: null,
      double: '"',
      single: "'"
    }, quoteREs = {
      __proto__: null,
      double: /(["\\])/g,
      single: /(['\\])/g
    };
    module.exports = function inspect_(obj, options, depth, seen, breakState) {
      var opts = options || {};
      if (has(opts, "quoteStyle") && !has(quotes, opts.quoteStyle))
        throw new TypeError('option "quoteStyle" must be "single" or "double"');
      if (has(opts, "maxStringLength") && (typeof opts.maxStringLength == "number" ? opts.maxStringLength < 0 && opts.maxStringLength !== 1 / 0 : opts.maxStringLength !== null))
        throw new TypeError('option "maxStringLength", if provided, must be a non-negative integer, Infinity, or `null`');
      if (has(opts, "maxCollectionLength") && opts.maxCollectionLength !== null && opts.maxCollectionLength !== 1 / 0 && !(typeof opts.maxCollectionLength == "number" && opts.maxCollectionLength >= 0 && $floor(opts.maxCollectionLength) === opts.maxCollectionLength))
        throw new TypeError('option "maxCollectionLength", if provided, must be a non-negative integer, Infinity, or `null`');
      var maxCollectionLength = typeof opts.maxCollectionLength == "number" ? opts.maxCollectionLength : 1 / 0, customInspect = has(opts, "customInspect") ? opts.customInspect : !0;
      if (typeof customInspect != "boolean" && customInspect !== "symbol")
        throw new TypeError("option \"customInspect\", if provided, must be `true`, `false`, or `'symbol'`");
      if (has(opts, "indent") && opts.indent !== null && opts.indent !== "	" && !(parseInt(opts.indent, 10) === opts.indent && opts.indent > 0))
        throw new TypeError('option "indent" must be "\\t", an integer > 0, or `null`');
      if (has(opts, "numericSeparator") && typeof opts.numericSeparator != "boolean")
        throw new TypeError('option "numericSeparator", if provided, must be `true` or `false`');
      var numericSeparator = opts.numericSeparator;
      if (has(opts, "multilineStrings") && typeof opts.multilineStrings != "boolean")
        throw new TypeError('option "multilineStrings", if provided, must be `true` or `false`');
      var hasBreakLength = has(opts, "breakLength");
      if (hasBreakLength && opts.breakLength !== 1 / 0 && (typeof opts.breakLength != "number" || opts.breakLength < 0 || parseInt(opts.breakLength, 10) !== opts.breakLength))
        throw new TypeError('option "breakLength", if provided, must be a non-negative integer or `Infinity`');
      if (typeof obj > "u")
        return "undefined";
      if (obj === null)
        return "null";
      if (typeof obj == "boolean")
        return obj ? "true" : "false";
      if (typeof obj == "string")
        return inspectString(obj, opts);
      if (typeof obj == "number") {
        if (obj === 0)
          return 1 / 0 / obj > 0 ? "0" : "-0";
        var str = String(obj);
        return numericSeparator ? addNumericSeparator(obj, str) : str;
      }
      if (typeof obj == "bigint") {
        var bigIntStr = String(obj) + "n";
        return numericSeparator ? addNumericSeparator(obj, bigIntStr) : bigIntStr;
      }
      var maxDepth = typeof opts.depth > "u" ? 5 : opts.depth;
      if (typeof depth > "u" && (depth = 0), depth >= maxDepth && maxDepth > 0 && typeof obj == "object")
        return isArray(obj) ? "[Array]" : "[Object]";
      var indent = getIndent(hasBreakLength && (typeof opts.indent > "u" || opts.indent === null) ? { indent: 2 } : opts, depth), layout = hasBreakLength ? {
        breakLength: opts.breakLength,
        depth,
        indent,
        maxCollectionLength,
        state: breakState || { currentDepth: depth }
      } : null;
      if (typeof seen > "u")
        seen = [];
      else if (indexOf(seen, obj) >= 0)
        return "[Circular]";
      function inspect2(value, from, noIndent) {
        var nextSeen = seen;
        if (from && (nextSeen = $arrSlice.call(seen), nextSeen.push(from)), noIndent && !layout) {
          var newOpts = {
            depth: opts.depth
          };
          return has(opts, "quoteStyle") && (newOpts.quoteStyle = opts.quoteStyle), has(opts, "maxCollectionLength") && (newOpts.maxCollectionLength = opts.maxCollectionLength), inspect_(value, newOpts, depth + 1, nextSeen);
        }
        return inspect_(value, opts, depth + 1, nextSeen, layout ? layout.state : breakState);
      }
      function enter() {
        if (layout) {
          var previousDepth = layout.state.currentDepth;
          return layout.state.currentDepth = depth, previousDepth;
        }
        return null;
      }
      function leaveIfEmpty(entries, previousDepth) {
        layout && entries.length === 0 && (layout.state.currentDepth = previousDepth);
      }
      if (typeof obj == "function" && !isRegExp(obj)) {
        var name = nameOf(obj), fnDepth = enter(), keys = arrObjKeys(obj, inspect2);
        return leaveIfEmpty(keys, fnDepth), layout && keys.length > 0 ? breakLines(keys, bracesOf("{", "}", "[Function" + (name ? ": " + name : " (anonymous)") + "]", " "), layout) : "[Function" + (name ? ": " + name : " (anonymous)") + "]" + (keys.length > 0 ? " { " + $join.call(keys, ", ") + " }" : "");
      }
      if (isSymbol(obj)) {
        var symString = hasShammedSymbols ? $replace.call(String(obj), /^(Symbol\(.*\))_[^)]*$/, "$1") : symToString.call(obj);
        return typeof obj == "object" && !hasShammedSymbols ? markBoxed(symString) : symString;
      }
      if (isElement(obj)) {
        for (var s = "<" + $toLowerCase.call(String(obj.nodeName)), attrs = obj.attributes || [], i = 0; i < attrs.length; i++)
          s += " " + attrs[i].name + "=" + wrapQuotes(quote(attrs[i].value), "double", opts);
        return s += ">", obj.childNodes && obj.childNodes.length && (s += "..."), s += "</" + $toLowerCase.call(String(obj.nodeName)) + ">", s;
      }
      if (isArray(obj)) {
        if (obj.length === 0)
          return "[]";
        enter();
        var xs = arrObjKeys(obj, inspect2, maxCollectionLength);
        return layout ? breakLines(xs, bracesOf("[", "]", "", " "), layout, obj) : indent && !singleLineValues(xs) ? "[" + indentedJoin(xs, indent) + "]" : "[ " + $join.call(xs, ", ") + " ]";
      }
      if (isError(obj)) {
        var errorDepth = enter(), parts = arrObjKeys(obj, inspect2);
        return !("cause" in Error.prototype) && "cause" in obj && !isEnumerable.call(obj, "cause") && (parts = $concat.call(["[cause]: " + inspect2(obj.cause)], parts)), leaveIfEmpty(parts, errorDepth), parts.length === 0 ? "[" + String(obj) + "]" : layout ? breakLines(parts, bracesOf("{ [" + String(obj) + "]", "}", "", " "), layout) : "{ [" + String(obj) + "] " + $join.call(parts, ", ") + " }";
      }
      if (typeof obj == "object" && customInspect) {
        if (inspectSymbol && typeof obj[inspectSymbol] == "function" && utilInspect)
          return utilInspect(obj, { depth: maxDepth - depth });
        if (customInspect !== "symbol" && typeof obj.inspect == "function")
          return obj.inspect();
      }
      if (isMap(obj)) {
        var mapParts = [], mapDepth = enter();
        if (mapIteratorNext && maxCollectionLength < mapSize.call(obj))
          for (var mapIterator = mapEntries.call(obj), mapStep; mapParts.length < maxCollectionLength && !(mapStep = mapIteratorNext.call(mapIterator)).done; )
            mapParts.push(inspect2(mapStep.value[0], obj, !0) + " => " + inspect2(mapStep.value[1], obj));
        else mapForEach && mapForEach.call(obj, function(value, key) {
          mapParts.length < maxCollectionLength && mapParts.push(inspect2(key, obj, !0) + " => " + inspect2(value, obj));
        });
        var mapLength = mapSize.call(obj);
        return maxCollectionLength !== 1 / 0 && mapLength > mapParts.length && mapParts.push(moreItems(mapLength - mapParts.length)), leaveIfEmpty(mapParts, mapDepth), layout ? breakLines(mapParts, bracesOf("Map (" + mapLength + ") {", "}", "", ""), layout) : collectionOf("Map", mapLength, mapParts, indent);
      }
      if (isSet(obj)) {
        var setParts = [], setDepth = enter();
        if (setIteratorNext && maxCollectionLength < setSize.call(obj))
          for (var setIterator = setValues.call(obj), setStep; setParts.length < maxCollectionLength && !(setStep = setIteratorNext.call(setIterator)).done; )
            setParts.push(inspect2(setStep.value, obj));
        else setForEach && setForEach.call(obj, function(value) {
          setParts.length < maxCollectionLength && setParts.push(inspect2(value, obj));
        });
        var setLength = setSize.call(obj);
        return maxCollectionLength !== 1 / 0 && setLength > setParts.length && setParts.push(moreItems(setLength - setParts.length)), leaveIfEmpty(setParts, setDepth), layout ? breakLines(setParts, bracesOf("Set (" + setLength + ") {", "}", "", ""), layout) : collectionOf("Set", setLength, setParts, indent);
      }
      if (isWeakMap(obj))
        return weakCollectionOf("WeakMap");
      if (isWeakSet(obj))
        return weakCollectionOf("WeakSet");
      if (isWeakRef(obj))
        return weakCollectionOf("WeakRef");
      if (isNumber(obj))
        return markBoxed(inspect2(Number(obj)));
      if (isBigInt(obj))
        return markBoxed(inspect2(bigIntValueOf.call(obj)));
      if (isBoolean(obj))
        return markBoxed(booleanValueOf.call(obj));
      if (isString(obj))
        return markBoxed(inspect2(String(obj)));
      if (typeof window < "u" && obj === window)
        return "{ [object Window] }";
      if (typeof globalThis < "u" && obj === globalThis || typeof global < "u" && obj === global)
        return "{ [object globalThis] }";
      if (!isDate(obj) && !isRegExp(obj)) {
        var objectDepth = enter(), ys = arrObjKeys(obj, inspect2, maxCollectionLength);
        leaveIfEmpty(ys, objectDepth);
        var isPlainObject = gPO ? gPO(obj) === Object.prototype : obj instanceof Object || obj.constructor === Object, protoTag = (gPO ? gPO(obj) === null : !(obj instanceof Object)) ? "null prototype" : "", stringTag = !isPlainObject && toStringTag && Object(obj) === obj && toStringTag in obj ? $slice.call(toStr(obj), 8, -1) : protoTag ? "Object" : "", constructorTag = isPlainObject || typeof obj.constructor != "function" ? "" : obj.constructor.name ? obj.constructor.name + " " : "", tag = constructorTag + (stringTag || protoTag ? "[" + $join.call($concat.call([], stringTag || [], protoTag || []), ": ") + "] " : "");
        return ys.length === 0 ? tag + "{}" : layout ? breakLines(ys, bracesOf(tag + "{", "}", "", " "), layout) : indent ? tag + "{" + indentedJoin(ys, indent) + "}" : tag + "{ " + $join.call(ys, ", ") + " }";
      }
      return String(obj);
    };
    function wrapQuotes(s, defaultStyle, opts) {
      var style = opts.quoteStyle || defaultStyle, quoteChar = quotes[style];
      return quoteChar + s + quoteChar;
    }
    function quote(s) {
      return $replace.call(String(s), /"/g, "&quot;");
    }
    function canTrustToString(obj) {
      return !toStringTag || !(typeof obj == "object" && (toStringTag in obj || typeof obj[toStringTag] < "u"));
    }
    function isArray(obj) {
      return toStr(obj) === "[object Array]" && canTrustToString(obj);
    }
    function isDate(obj) {
      return toStr(obj) === "[object Date]" && canTrustToString(obj);
    }
    function isRegExp(obj) {
      return toStr(obj) === "[object RegExp]" && canTrustToString(obj);
    }
    function isError(obj) {
      return toStr(obj) === "[object Error]" && canTrustToString(obj);
    }
    function isString(obj) {
      return toStr(obj) === "[object String]" && canTrustToString(obj);
    }
    function isNumber(obj) {
      return toStr(obj) === "[object Number]" && canTrustToString(obj);
    }
    function isBoolean(obj) {
      return toStr(obj) === "[object Boolean]" && canTrustToString(obj);
    }
    function isSymbol(obj) {
      if (hasShammedSymbols)
        return obj && typeof obj == "object" && obj instanceof Symbol;
      if (typeof obj == "symbol")
        return !0;
      if (!obj || typeof obj != "object" || !symToString)
        return !1;
      try {
        return symToString.call(obj), !0;
      } catch {
      }
      return !1;
    }
    function isBigInt(obj) {
      if (!obj || typeof obj != "object" || !bigIntValueOf)
        return !1;
      try {
        return bigIntValueOf.call(obj), !0;
      } catch {
      }
      return !1;
    }
    var hasOwn = Object.prototype.hasOwnProperty || function(key) {
      return key in this;
    };
    function has(obj, key) {
      return hasOwn.call(obj, key);
    }
    function toStr(obj) {
      return objectToString.call(obj);
    }
    function isTypedArray(obj) {
      return typedArrayTag ? !!typedArrayTag.call(obj) : !toStringTag && $test.call(typedArrayToString, toStr(obj));
    }
    function getTypedArrayLength(obj) {
      if (typedArrayLength)
        return typedArrayLength.call(obj);
      var getter = typedArrayLengths[toStr(obj)];
      return getter ? getter.call(obj) : obj.length;
    }
    function getterOf(obj, key) {
      var descriptor = Object.getOwnPropertyDescriptor ? Object.getOwnPropertyDescriptor(obj, key) : null;
      return descriptor && typeof descriptor.get == "function" ? descriptor.get : null;
    }
    function moreItems(count) {
      return "... " + count + " more item" + (count > 1 ? "s" : "");
    }
    function nameOf(f) {
      if (f.name)
        return f.name;
      var m = $match.call(functionToString.call(f), /^function\s*([\w$]+)/);
      return m ? m[1] : null;
    }
    function indexOf(xs, x) {
      if (xs.indexOf)
        return xs.indexOf(x);
      for (var i = 0, l = xs.length; i < l; i++)
        if (xs[i] === x)
          return i;
      return -1;
    }
    function isMap(x) {
      if (!mapSize || !x || typeof x != "object")
        return !1;
      try {
        mapSize.call(x);
        try {
          setSize.call(x);
        } catch {
          return !0;
        }
        return x instanceof Map;
      } catch {
      }
      return !1;
    }
    function isWeakMap(x) {
      if (!weakMapHas || !x || typeof x != "object")
        return !1;
      try {
        weakMapHas.call(x, weakMapHas);
        try {
          weakSetHas.call(x, weakSetHas);
        } catch {
          return !0;
        }
        return x instanceof WeakMap;
      } catch {
      }
      return !1;
    }
    function isWeakRef(x) {
      if (!weakRefDeref || !x || typeof x != "object")
        return !1;
      try {
        return weakRefDeref.call(x), !0;
      } catch {
      }
      return !1;
    }
    function isSet(x) {
      if (!setSize || !x || typeof x != "object")
        return !1;
      try {
        setSize.call(x);
        try {
          mapSize.call(x);
        } catch {
          return !0;
        }
        return x instanceof Set;
      } catch {
      }
      return !1;
    }
    function isWeakSet(x) {
      if (!weakSetHas || !x || typeof x != "object")
        return !1;
      try {
        weakSetHas.call(x, weakSetHas);
        try {
          weakMapHas.call(x, weakMapHas);
        } catch {
          return !0;
        }
        return x instanceof WeakSet;
      } catch {
      }
      return !1;
    }
    function isElement(x) {
      return !x || typeof x != "object" ? !1 : typeof HTMLElement < "u" && x instanceof HTMLElement ? !0 : typeof x.nodeName == "string" && typeof x.getAttribute == "function";
    }
    function inspectString(str, opts) {
      if (str.length > opts.maxStringLength) {
        var remaining = str.length - opts.maxStringLength, trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
        return inspectString($slice.call(str, 0, opts.maxStringLength), opts) + trailer;
      }
      var quoteRE = quoteREs[opts.quoteStyle || "single"];
      quoteRE.lastIndex = 0;
      var s = $replace.call($replace.call(str, quoteRE, "\\$1"), opts.multilineStrings ? /[\x00-\x09\x0b-\x1f]/g : /[\x00-\x1f]/g, lowbyte);
      return wrapQuotes(s, "single", opts);
    }
    function lowbyte(c) {
      var n = c.charCodeAt(0), x = {
        8: "b",
        9: "t",
        10: "n",
        12: "f",
        13: "r"
      }[n];
      return x ? "\\" + x : "\\x" + (n < 16 ? "0" : "") + $toUpperCase.call(n.toString(16));
    }
    function markBoxed(str) {
      return "Object(" + str + ")";
    }
    function weakCollectionOf(type) {
      return type + " { ? }";
    }
    function collectionOf(type, size, entries, indent) {
      var joinedEntries = indent ? indentedJoin(entries, indent) : $join.call(entries, ", ");
      return type + " (" + size + ") {" + joinedEntries + "}";
    }
    function isBelowBreakLength(entries, start, breakLength) {
      if (breakLength === 1 / 0)
        return singleLineValues(entries);
      var totalLength = entries.length + start;
      if (totalLength + entries.length > breakLength)
        return !1;
      for (var i = 0; i < entries.length; i++)
        if (totalLength += entries[i].length, totalLength > breakLength)
          return !1;
      return !0;
    }
    function padTo(str, width, atStart) {
      var fill = width > str.length ? $join.call(Array(width - str.length + 1), " ") : "";
      return atStart ? fill + str : str + fill;
    }
    function groupArrayElements(entries, layout, value) {
      var separatorSpace = 2, totalLength = 0, maxLength = 0, outputLength = entries.length;
      layout.maxCollectionLength < entries.length && (outputLength -= 1);
      for (var dataLen = [], i = 0; i < outputLength; i++)
        dataLen[i] = getStringWidth(entries[i]), totalLength += dataLen[i] + separatorSpace, maxLength < dataLen[i] && (maxLength = dataLen[i]);
      var actualMax = maxLength + separatorSpace, indentationLvl = layout.indent.prev.length;
      if (actualMax * 3 + indentationLvl >= layout.breakLength || totalLength / actualMax <= 5 && maxLength > 6)
        return entries;
      var averageBias = $sqrt(actualMax - totalLength / entries.length), biasedMax = $max(actualMax - 3 - averageBias, 1), columns = $min(
        $round($sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        $floor((layout.breakLength - indentationLvl) / actualMax),
        12,
        // `compact` * 4
        15
      );
      if (columns <= 1)
        return entries;
      for (var maxLineLength = [], c = 0; c < columns; c++) {
        for (var lineMaxLength = 0, j = c; j < entries.length; j += columns)
          dataLen[j] > lineMaxLength && (lineMaxLength = dataLen[j]);
        maxLineLength[c] = lineMaxLength + separatorSpace;
      }
      for (var numeric = !0, k = 0; k < entries.length && numeric; k++)
        numeric = typeof value[k] == "number" || typeof value[k] == "bigint";
      for (var grouped = [], row = 0; row < outputLength; row += columns) {
        for (var max = $min(row + columns, outputLength), str = "", col = row; col < max - 1; col++)
          str += padTo(entries[col] + ", ", maxLineLength[col - row] + (entries[col].length - dataLen[col]), numeric);
        var lastPadding = maxLineLength[col - row] + (entries[col].length - dataLen[col]) - separatorSpace;
        str += numeric ? padTo(entries[col], lastPadding, !0) : entries[col], grouped.push(str);
      }
      return outputLength < entries.length && grouped.push(entries[outputLength]), grouped;
    }
    function bracesOf(opening, closing, base, padding) {
      return [
        opening,
        closing,
        base,
        padding
      ];
    }
    function breakLines(entries, braces, layout, arrayValue) {
      var output = arrayValue && entries.length > 6 ? groupArrayElements(entries, layout, arrayValue) : entries, base = braces[2] ? braces[2] + " " : "";
      if (layout.state.currentDepth - layout.depth < 3 && output.length === entries.length) {
        var start = output.length + layout.indent.prev.length + braces[0].length + braces[2].length + 10;
        if (isBelowBreakLength(output, start, layout.breakLength)) {
          var joined = $join.call(output, ", ");
          if (indexOf(joined, `
`) < 0)
            return base + braces[0] + braces[3] + joined + braces[3] + braces[1];
        }
      }
      return base + braces[0] + indentedJoin(output, layout.indent) + braces[1];
    }
    function singleLineValues(xs) {
      for (var i = 0; i < xs.length; i++)
        if (indexOf(xs[i], `
`) >= 0)
          return !1;
      return !0;
    }
    function getIndent(opts, depth) {
      var baseIndent;
      if (opts.indent === "	")
        baseIndent = "	";
      else if (typeof opts.indent == "number" && opts.indent > 0)
        baseIndent = $join.call(Array(opts.indent + 1), " ");
      else
        return null;
      return {
        base: baseIndent,
        prev: $join.call(Array(depth + 1), baseIndent)
      };
    }
    function indentedJoin(xs, indent) {
      if (xs.length === 0)
        return "";
      var lineJoiner = `
` + indent.prev + indent.base;
      return lineJoiner + $join.call(xs, "," + lineJoiner) + `
` + indent.prev;
    }
    function arrObjKeys(obj, inspect2, maxLength) {
      var isArr = isArray(obj), limit = typeof maxLength == "number" ? maxLength : 1 / 0, typedLength = !isArr && limit !== 1 / 0 && isTypedArray(obj) ? getTypedArrayLength(obj) : null;
      (typeof typedLength != "number" || typedLength <= limit) && (typedLength = null);
      var xs = [];
      if (isArr) {
        xs.length = obj.length < limit ? obj.length : limit;
        for (var i = 0; i < obj.length && i < limit; i++)
          xs[i] = has(obj, i) ? inspect2(obj[i], obj) : "";
        obj.length > limit && xs.push(moreItems(obj.length - limit));
      } else if (typedLength !== null) {
        for (var t = 0; t < limit; t++)
          xs.push(t + ": " + inspect2(obj[t], obj));
        xs.push(moreItems(typedLength - limit));
      }
      var syms = typeof gOPS == "function" ? gOPS(obj) : [], symMap;
      if (hasShammedSymbols) {
        symMap = {};
        for (var k = 0; k < syms.length; k++)
          symMap["$" + syms[k]] = syms[k];
      }
      for (var key in obj)
        has(obj, key) && (isArr && String(Number(key)) === key && key < obj.length || typedLength !== null && String(Number(key)) === key && key < typedLength || hasShammedSymbols && symMap["$" + key] instanceof Symbol || ($test.call(/[^\w$]/, key) ? xs.push(inspect2(key, obj) + ": " + inspect2(obj[key], obj)) : xs.push(key + ": " + inspect2(obj[key], obj))));
      if (typeof gOPS == "function")
        for (var j = 0; j < syms.length; j++)
          isEnumerable.call(obj, syms[j]) && xs.push("[" + inspect2(syms[j]) + "]: " + inspect2(obj[syms[j]], obj));
      return xs;
    }
  }
});

// node_modules/dependency-graph/lib/dep_graph.js
var require_dep_graph = __commonJS({
  "node_modules/dependency-graph/lib/dep_graph.js"(exports) {
    function createDFS(edges, leavesOnly, result, circular) {
      var visited = /* @__PURE__ */ new Set();
      return function(start) {
        if (!visited.has(start)) {
          var inCurrentPath = /* @__PURE__ */ new Set(), currentPath = [], todo = [];
          for (todo.push({ node: start, processed: !1 }); todo.length > 0; ) {
            var current = todo[todo.length - 1], processed = current.processed, node = current.node;
            if (processed)
              todo.pop(), currentPath.pop(), inCurrentPath.delete(node), visited.add(node), (!leavesOnly || edges.get(node).length === 0) && result.push(node);
            else {
              if (visited.has(node)) {
                todo.pop();
                continue;
              } else if (inCurrentPath.has(node)) {
                if (circular) {
                  todo.pop();
                  continue;
                }
                throw currentPath.push(node), new DepGraphCycleError(currentPath);
              }
              inCurrentPath.add(node), currentPath.push(node);
              for (var nodeEdges = edges.get(node), i = nodeEdges.length - 1; i >= 0; i--)
                todo.push({ node: nodeEdges[i], processed: !1 });
              current.processed = !0;
            }
          }
        }
      };
    }
    var DepGraph2 = exports.DepGraph = function(opts) {
      this.nodes = /* @__PURE__ */ new Map(), this.outgoingEdges = /* @__PURE__ */ new Map(), this.incomingEdges = /* @__PURE__ */ new Map(), this.circular = opts && !!opts.circular;
    };
    DepGraph2.prototype = {
      /**
       * The number of nodes in the graph.
       */
      size: function() {
        return this.nodes.size;
      },
      /**
       * Add a node to the dependency graph. If a node already exists, this method will do nothing.
       */
      addNode: function(node, data) {
        this.hasNode(node) || (arguments.length === 2 ? this.nodes.set(node, data) : this.nodes.set(node, node), this.outgoingEdges.set(node, []), this.incomingEdges.set(node, []));
      },
      /**
       * Remove a node from the dependency graph. If a node does not exist, this method will do nothing.
       */
      removeNode: function(node) {
        this.hasNode(node) && (this.nodes.delete(node), this.outgoingEdges.delete(node), this.incomingEdges.delete(node), [this.incomingEdges, this.outgoingEdges].forEach(function(edgeList) {
          edgeList.forEach(function(v) {
            var idx = v.indexOf(node);
            idx >= 0 && v.splice(idx, 1);
          });
        }));
      },
      /**
       * Check if a node exists in the graph
       */
      hasNode: function(node) {
        return this.nodes.has(node);
      },
      /**
       * Get the data associated with a node name
       */
      getNodeData: function(node) {
        if (this.hasNode(node))
          return this.nodes.get(node);
        throw new Error("Node does not exist: " + node);
      },
      /**
       * Set the associated data for a given node name. If the node does not exist, this method will throw an error
       */
      setNodeData: function(node, data) {
        if (this.hasNode(node))
          this.nodes.set(node, data);
        else
          throw new Error("Node does not exist: " + node);
      },
      /**
       * Add a dependency between two nodes. If either of the nodes does not exist,
       * an Error will be thrown.
       */
      addDependency: function(from, to) {
        if (!this.hasNode(from))
          throw new Error("Node does not exist: " + from);
        if (!this.hasNode(to))
          throw new Error("Node does not exist: " + to);
        return this.outgoingEdges.get(from).indexOf(to) === -1 && this.outgoingEdges.get(from).push(to), this.incomingEdges.get(to).indexOf(from) === -1 && this.incomingEdges.get(to).push(from), !0;
      },
      /**
       * Remove a dependency between two nodes.
       */
      removeDependency: function(from, to) {
        var idx;
        this.hasNode(from) && (idx = this.outgoingEdges.get(from).indexOf(to), idx >= 0 && this.outgoingEdges.get(from).splice(idx, 1)), this.hasNode(to) && (idx = this.incomingEdges.get(to).indexOf(from), idx >= 0 && this.incomingEdges.get(to).splice(idx, 1));
      },
      /**
       * Return a clone of the dependency graph. If any custom data is attached
       * to the nodes, it will only be shallow copied.
       */
      clone: function() {
        var source = this, result = new DepGraph2();
        return source.nodes.forEach(function(v, n) {
          result.nodes.set(n, v), result.outgoingEdges.set(n, source.outgoingEdges.get(n).slice(0)), result.incomingEdges.set(n, source.incomingEdges.get(n).slice(0));
        }), result.circular = source.circular, result;
      },
      /**
       * Get an array containing the direct dependencies of the specified node.
       *
       * Throws an Error if the specified node does not exist.
       */
      directDependenciesOf: function(node) {
        if (this.hasNode(node))
          return this.outgoingEdges.get(node).slice(0);
        throw new Error("Node does not exist: " + node);
      },
      /**
       * Get an array containing the nodes that directly depend on the specified node.
       *
       * Throws an Error if the specified node does not exist.
       */
      directDependantsOf: function(node) {
        if (this.hasNode(node))
          return this.incomingEdges.get(node).slice(0);
        throw new Error("Node does not exist: " + node);
      },
      /**
       * Get an array containing the nodes that the specified node depends on (transitively).
       *
       * Throws an Error if the graph has a cycle, or the specified node does not exist.
       *
       * If `leavesOnly` is true, only nodes that do not depend on any other nodes will be returned
       * in the array.
       */
      dependenciesOf: function(node, leavesOnly) {
        if (this.hasNode(node)) {
          var result = [], DFS = createDFS(
            this.outgoingEdges,
            leavesOnly,
            result,
            this.circular
          );
          DFS(node);
          var idx = result.indexOf(node);
          return idx >= 0 && result.splice(idx, 1), result;
        } else
          throw new Error("Node does not exist: " + node);
      },
      /**
       * get an array containing the nodes that depend on the specified node (transitively).
       *
       * Throws an Error if the graph has a cycle, or the specified node does not exist.
       *
       * If `leavesOnly` is true, only nodes that do not have any dependants will be returned in the array.
       */
      dependantsOf: function(node, leavesOnly) {
        if (this.hasNode(node)) {
          var result = [], DFS = createDFS(
            this.incomingEdges,
            leavesOnly,
            result,
            this.circular
          );
          DFS(node);
          var idx = result.indexOf(node);
          return idx >= 0 && result.splice(idx, 1), result;
        } else
          throw new Error("Node does not exist: " + node);
      },
      /**
       * Construct the overall processing order for the dependency graph.
       *
       * Throws an Error if the graph has a cycle.
       *
       * If `leavesOnly` is true, only nodes that do not depend on any other nodes will be returned.
       */
      overallOrder: function(leavesOnly) {
        var self = this, result = [], keys = Array.from(this.nodes.keys());
        if (keys.length === 0)
          return result;
        if (!this.circular) {
          var CycleDFS = createDFS(this.outgoingEdges, !1, [], this.circular);
          keys.forEach(function(n) {
            CycleDFS(n);
          });
        }
        var DFS = createDFS(
          this.outgoingEdges,
          leavesOnly,
          result,
          this.circular
        );
        return keys.filter(function(node) {
          return self.incomingEdges.get(node).length === 0;
        }).forEach(function(n) {
          DFS(n);
        }), this.circular && keys.filter(function(node) {
          return result.indexOf(node) === -1;
        }).forEach(function(n) {
          DFS(n);
        }), result;
      },
      /**
       * Get an array of nodes that have no dependants (i.e. nothing depends on them).
       */
      entryNodes: function() {
        var self = this;
        return Array.from(this.nodes.keys()).filter(function(node) {
          return self.incomingEdges.get(node).length === 0;
        });
      }
    };
    DepGraph2.prototype.directDependentsOf = DepGraph2.prototype.directDependantsOf;
    DepGraph2.prototype.dependentsOf = DepGraph2.prototype.dependantsOf;
    var DepGraphCycleError = exports.DepGraphCycleError = function(cyclePath) {
      var message = "Dependency Cycle Found: " + cyclePath.join(" -> "), instance = new Error(message);
      return instance.cyclePath = cyclePath, Object.setPrototypeOf(instance, Object.getPrototypeOf(this)), Error.captureStackTrace && Error.captureStackTrace(instance, DepGraphCycleError), instance;
    };
    DepGraphCycleError.prototype = Object.create(Error.prototype, {
      constructor: {
        value: Error,
        enumerable: !1,
        writable: !0,
        configurable: !0
      }
    });
    Object.setPrototypeOf(DepGraphCycleError, Error);
  }
});

// node_modules/graphql/jsutils/isObjectLike.js
var require_isObjectLike = __commonJS({
  "node_modules/graphql/jsutils/isObjectLike.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.isObjectLike = isObjectLike;
    function isObjectLike(value) {
      return typeof value == "object" && value !== null;
    }
  }
});

// node_modules/graphql/language/location.js
var require_location = __commonJS({
  "node_modules/graphql/language/location.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.getLocation = getLocation;
    exports.getLocations = getLocations;
    function getLocation(source, position) {
      let lineRegexp = /\r\n|[\n\r]/g, line = 1, column = position + 1, match;
      for (; (match = lineRegexp.exec(source.body)) && match.index < position; )
        line++, column = position + 1 - (match.index + match[0].length);
      return {
        line,
        column
      };
    }
    function getLocations(locations) {
      if (locations.length < 2)
        return locations.map(({ source, start }) => getLocation(source, start));
      let bySource = /* @__PURE__ */ new Map();
      locations.forEach(({ source, start }, index) => {
        let positions = bySource.get(source);
        positions === void 0 && (positions = [], bySource.set(source, positions)), positions.push({
          position: start,
          index
        });
      });
      let result = new Array(locations.length);
      for (let [source, positions] of bySource) {
        let lineRegexp = /\r\n|[\n\r]/g, match = lineRegexp.exec(source.body), line = 1, lastLineStart = 0;
        positions.sort((a, b) => a.position - b.position);
        for (let { position, index } of positions) {
          for (; match !== null && match.index < position; )
            lastLineStart = match.index + match[0].length, line++, match = lineRegexp.exec(source.body);
          result[index] = {
            line,
            column: position + 1 - lastLineStart
          };
        }
      }
      return result;
    }
  }
});

// node_modules/graphql/language/printLocation.js
var require_printLocation = __commonJS({
  "node_modules/graphql/language/printLocation.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.printLocation = printLocation;
    exports.printSourceLocation = printSourceLocation;
    var _location = require_location();
    function printLocation(location) {
      return printSourceLocation(
        location.source,
        (0, _location.getLocation)(location.source, location.start)
      );
    }
    function printSourceLocation(source, sourceLocation) {
      let firstLineColumnOffset = source.locationOffset.column - 1, body = "".padStart(firstLineColumnOffset) + source.body, lineIndex = sourceLocation.line - 1, lineOffset = source.locationOffset.line - 1, lineNum = sourceLocation.line + lineOffset, columnOffset = sourceLocation.line === 1 ? firstLineColumnOffset : 0, columnNum = sourceLocation.column + columnOffset, locationStr = `${source.name}:${lineNum}:${columnNum}
`, lines = body.split(/\r\n|[\n\r]/g), locationLine = lines[lineIndex];
      if (locationLine.length > 120) {
        let subLineIndex = Math.floor(columnNum / 80), subLineColumnNum = columnNum % 80, subLines = [];
        for (let i = 0; i < locationLine.length; i += 80)
          subLines.push(locationLine.slice(i, i + 80));
        return locationStr + printPrefixedLines([
          [`${lineNum} |`, subLines[0]],
          ...subLines.slice(1, subLineIndex + 1).map((subLine) => ["|", subLine]),
          ["|", "^".padStart(subLineColumnNum)],
          ["|", subLines[subLineIndex + 1]]
        ]);
      }
      return locationStr + printPrefixedLines([
        // Lines specified like this: ["prefix", "string"],
        [`${lineNum - 1} |`, lines[lineIndex - 1]],
        [`${lineNum} |`, locationLine],
        ["|", "^".padStart(columnNum)],
        [`${lineNum + 1} |`, lines[lineIndex + 1]]
      ]);
    }
    function printPrefixedLines(lines) {
      let existingLines = lines.filter(([_, line]) => line !== void 0), padLen = Math.max(...existingLines.map(([prefix]) => prefix.length));
      return existingLines.map(([prefix, line]) => prefix.padStart(padLen) + (line ? " " + line : "")).join(`
`);
    }
  }
});

// node_modules/graphql/error/GraphQLError.js
var require_GraphQLError = __commonJS({
  "node_modules/graphql/error/GraphQLError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.GraphQLError = void 0;
    exports.formatError = formatError;
    exports.printError = printError;
    var _isObjectLike = require_isObjectLike(), _location = require_location(), _printLocation = require_printLocation();
    function toNormalizedOptions(args) {
      let firstArg = args[0];
      return firstArg == null || "kind" in firstArg || "length" in firstArg ? {
        nodes: firstArg,
        source: args[1],
        positions: args[2],
        path: args[3],
        originalError: args[4],
        extensions: args[5]
      } : firstArg;
    }
    var GraphQLError2 = class _GraphQLError extends Error {
      /**
       * An array of `{ line, column }` locations within the source GraphQL document
       * which correspond to this error.
       *
       * Errors during validation often contain multiple locations, for example to
       * point out two things with the same name. Errors during execution include a
       * single location, the field which produced the error.
       *
       * Enumerable, and appears in the result of JSON.stringify().
       */
      /**
       * An array describing the JSON-path into the execution response which
       * corresponds to this error. Only included for errors during execution.
       *
       * Enumerable, and appears in the result of JSON.stringify().
       */
      /** An array of GraphQL AST Nodes corresponding to this error. */
      /**
       * The source GraphQL document for the first location of this error.
       *
       * Note that if this Error represents more than one node, the source may not
       * represent nodes after the first node.
       */
      /**
       * An array of character offsets within the source GraphQL document
       * which correspond to this error.
       */
      /** Original error that caused this GraphQLError, if one exists. */
      /** Extension fields to add to the formatted error. */
      /**
       * Creates a GraphQLError instance.
       * @param message - Human-readable error message.
       * @param options - Error metadata such as source locations, response path, original error, and extensions.
       * This positional-arguments constructor overload is deprecated. Use the
       * `GraphQLError(message, options)` overload instead.
       * @example
       * ```ts
       * import { Kind } from 'graphql/language';
       * import assert from 'node:assert/strict';
       * // Create an error from AST nodes and response metadata.
       * import { parse } from 'graphql/language';
       * import { GraphQLError } from 'graphql/error';
       *
       * const document = parse('{ greeting }');
       * const operation = document.definitions[0];
       * assert(operation.kind === Kind.OPERATION_DEFINITION);
       * const fieldNode = operation.selectionSet.selections[0];
       * const error = new GraphQLError('Cannot query this field.', {
       *   nodes: fieldNode,
       *   path: ['greeting'],
       *   extensions: { code: 'FORBIDDEN' },
       * });
       *
       * error.message; // => 'Cannot query this field.'
       * error.locations; // => [{ line: 1, column: 3 }]
       * error.path; // => ['greeting']
       * error.extensions; // => { code: 'FORBIDDEN' }
       * ```
       * @example
       * ```ts
       * // This variant derives locations from source positions and preserves the original error.
       * import { Source } from 'graphql/language';
       * import { GraphQLError } from 'graphql/error';
       *
       * const source = new Source('{ greeting }');
       * const originalError = new Error('Database unavailable.');
       * const error = new GraphQLError('Resolver failed.', {
       *   source,
       *   positions: [2],
       *   path: ['greeting'],
       *   originalError,
       * });
       *
       * error.locations; // => [{ line: 1, column: 3 }]
       * error.path; // => ['greeting']
       * error.originalError; // => originalError
       * ```
       */
      /**
       * Creates a GraphQLError instance using the legacy positional constructor.
       * This deprecated overload will be removed in v17. Prefer the
       * `GraphQLErrorOptions` object overload, which keeps optional error metadata
       * in a single options bag.
       * @param message - Human-readable error message.
       * @param nodes - AST node or nodes associated with this error.
       * @param source - Source document used to derive error locations.
       * @param positions - Character offsets in the source document associated with
       * this error.
       * @param path - Response path where this error occurred during execution.
       * @param originalError - Original error that caused this GraphQLError, if one
       * exists.
       * @param extensions - Extension fields to include in the formatted error.
       * @example
       * ```ts
       * import { Source } from 'graphql/language';
       * import { GraphQLError } from 'graphql/error';
       *
       * const source = new Source('{ greeting }');
       * const originalError = new Error('Database unavailable.');
       * const error = new GraphQLError(
       *   'Resolver failed.',
       *   undefined,
       *   source,
       *   [2],
       *   ['greeting'],
       *   originalError,
       *   { code: 'INTERNAL' },
       * );
       *
       * error.locations; // => [{ line: 1, column: 3 }]
       * error.path; // => ['greeting']
       * error.originalError; // => originalError
       * error.extensions; // => { code: 'INTERNAL' }
       * ```
       * @deprecated Please use the `GraphQLErrorOptions` constructor overload instead.
       */
      constructor(message, ...rawArgs) {
        var _this$nodes, _nodeLocations$, _ref;
        let { nodes, source, positions, path, originalError, extensions } = toNormalizedOptions(rawArgs);
        super(message), this.name = "GraphQLError", this.path = path ?? void 0, this.originalError = originalError ?? void 0, this.nodes = undefinedIfEmpty(
          Array.isArray(nodes) ? nodes : nodes ? [nodes] : void 0
        );
        let nodeLocations = undefinedIfEmpty(
          (_this$nodes = this.nodes) === null || _this$nodes === void 0 ? void 0 : _this$nodes.map((node) => node.loc).filter((loc) => loc != null)
        );
        this.source = source ?? (nodeLocations == null || (_nodeLocations$ = nodeLocations[0]) === null || _nodeLocations$ === void 0 ? void 0 : _nodeLocations$.source), this.positions = positions ?? nodeLocations?.map((loc) => loc.start), this.locations = positions && source ? (0, _location.getLocations)(
          positions.map((start) => ({
            source,
            start
          }))
        ) : nodeLocations && (0, _location.getLocations)(nodeLocations);
        let originalExtensions = (0, _isObjectLike.isObjectLike)(
          originalError?.extensions
        ) ? originalError?.extensions : void 0;
        this.extensions = (_ref = extensions ?? originalExtensions) !== null && _ref !== void 0 ? _ref : /* @__PURE__ */ Object.create(null), Object.defineProperties(this, {
          message: {
            writable: !0,
            enumerable: !0
          },
          name: {
            enumerable: !1
          },
          nodes: {
            enumerable: !1
          },
          source: {
            enumerable: !1
          },
          positions: {
            enumerable: !1
          },
          originalError: {
            enumerable: !1
          }
        }), originalError != null && originalError.stack ? Object.defineProperty(this, "stack", {
          value: originalError.stack,
          writable: !0,
          configurable: !0
        }) : Error.captureStackTrace ? Error.captureStackTrace(this, _GraphQLError) : Object.defineProperty(this, "stack", {
          value: Error().stack,
          writable: !0,
          configurable: !0
        });
      }
      /**
       * Returns the value used by `Object.prototype.toString`.
       * @returns The built-in string tag for this object.
       */
      get [Symbol.toStringTag]() {
        return "GraphQLError";
      }
      /**
       * Returns this error as a human-readable message with source locations.
       * @returns The formatted error string.
       * @example
       * ```ts
       * import { Source } from 'graphql/language';
       * import { GraphQLError } from 'graphql/error';
       *
       * const error = new GraphQLError('Cannot query field "name".', {
       *   source: new Source('{ name }'),
       *   positions: [2],
       * });
       *
       * error.toString(); // => 'Cannot query field "name".\n\nGraphQL request:1:3\n1 | { name }\n  |   ^'
       * ```
       */
      toString() {
        let output = this.message;
        if (this.nodes)
          for (let node of this.nodes)
            node.loc && (output += `

` + (0, _printLocation.printLocation)(node.loc));
        else if (this.source && this.locations)
          for (let location of this.locations)
            output += `

` + (0, _printLocation.printSourceLocation)(this.source, location);
        return output;
      }
      /**
       * Returns the JSON representation used when this object is serialized.
       * @returns The JSON-serializable representation.
       * @example
       * ```ts
       * import { GraphQLError } from 'graphql/error';
       *
       * const error = new GraphQLError('Resolver failed.', {
       *   path: ['viewer', 'name'],
       *   extensions: { code: 'INTERNAL' },
       * });
       *
       * error.toJSON(); // => { message: 'Resolver failed.', path: ['viewer', 'name'], extensions: { code: 'INTERNAL' } }
       * ```
       */
      toJSON() {
        let formattedError = {
          message: this.message
        };
        return this.locations != null && (formattedError.locations = this.locations), this.path != null && (formattedError.path = this.path), this.extensions != null && Object.keys(this.extensions).length > 0 && (formattedError.extensions = this.extensions), formattedError;
      }
    };
    exports.GraphQLError = GraphQLError2;
    function undefinedIfEmpty(array) {
      return array === void 0 || array.length === 0 ? void 0 : array;
    }
    function printError(error) {
      return error.toString();
    }
    function formatError(error) {
      return error.toJSON();
    }
  }
});

// node_modules/graphql/error/syntaxError.js
var require_syntaxError = __commonJS({
  "node_modules/graphql/error/syntaxError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.syntaxError = syntaxError;
    var _GraphQLError = require_GraphQLError();
    function syntaxError(source, position, description) {
      return new _GraphQLError.GraphQLError(`Syntax Error: ${description}`, {
        source,
        positions: [position]
      });
    }
  }
});

// node_modules/graphql/language/ast.js
var require_ast = __commonJS({
  "node_modules/graphql/language/ast.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.Token = exports.QueryDocumentKeys = exports.OperationTypeNode = exports.Location = void 0;
    exports.isNode = isNode;
    var Location = class {
      /** The character offset at which this Node begins. */
      /** The character offset at which this Node ends. */
      /** The Token at which this Node begins. */
      /** The Token at which this Node ends. */
      /** The Source document the AST represents. */
      /**
       * Creates a Location instance.
       * @param startToken - The start token.
       * @param endToken - The end token.
       * @param source - Source document used to derive error locations.
       * @example
       * ```ts
       * import { Location, Source, Token, TokenKind } from 'graphql/language';
       *
       * const source = new Source('{ hello }');
       * const startToken = new Token(TokenKind.BRACE_L, 0, 1, 1, 1);
       * const endToken = new Token(TokenKind.BRACE_R, 8, 9, 1, 9);
       * const location = new Location(startToken, endToken, source);
       *
       * location.start; // => 0
       * location.end; // => 9
       * location.source.body; // => '{ hello }'
       * ```
       */
      constructor(startToken, endToken, source) {
        this.start = startToken.start, this.end = endToken.end, this.startToken = startToken, this.endToken = endToken, this.source = source;
      }
      /**
       * Returns the value used by `Object.prototype.toString`.
       * @returns The built-in string tag for this object.
       */
      get [Symbol.toStringTag]() {
        return "Location";
      }
      /**
       * Returns a JSON representation of this location.
       * @returns The JSON-serializable representation.
       * @example
       * ```ts
       * import { parse } from 'graphql/language';
       *
       * const document = parse('{ hello }');
       * const location = document.loc?.toJSON(); // => { start: 0, end: 9 }
       * ```
       */
      toJSON() {
        return {
          start: this.start,
          end: this.end
        };
      }
    };
    exports.Location = Location;
    var Token = class {
      /** The kind of Token. */
      /** The character offset at which this Node begins. */
      /** The character offset at which this Node ends. */
      /** The 1-indexed line number on which this Token appears. */
      /** The 1-indexed column number at which this Token begins. */
      /**
       * For non-punctuation tokens, represents the interpreted value of the token.
       *
       * Note: is undefined for punctuation tokens, but typed as string for
       * convenience in the parser.
       */
      /**
       * Tokens exist as nodes in a double-linked-list amongst all tokens
       * including ignored tokens. <SOF> is always the first node and <EOF>
       * the last.
       */
      /** Next token in the token stream, including ignored tokens. */
      /**
       * Creates a Token instance.
       * @param kind - Token kind produced by lexical analysis.
       * @param start - Character offset where this token begins.
       * @param end - Character offset where this token ends.
       * @param line - One-indexed line number where this token begins.
       * @param column - One-indexed column number where this token begins.
       * @param value - Interpreted value for non-punctuation tokens.
       * @example
       * ```ts
       * import { Token, TokenKind } from 'graphql/language';
       *
       * const token = new Token(TokenKind.NAME, 2, 7, 1, 3, 'hello');
       *
       * token.kind; // => TokenKind.NAME
       * token.value; // => 'hello'
       * token.toJSON(); // => { kind: 'Name', value: 'hello', line: 1, column: 3 }
       * ```
       */
      constructor(kind, start, end, line, column, value) {
        this.kind = kind, this.start = start, this.end = end, this.line = line, this.column = column, this.value = value, this.prev = null, this.next = null;
      }
      /**
       * Returns the value used by `Object.prototype.toString`.
       * @returns The built-in string tag for this object.
       */
      get [Symbol.toStringTag]() {
        return "Token";
      }
      /**
       * Returns a JSON representation of this token.
       * @returns The JSON-serializable representation.
       * @example
       * ```ts
       * import { Lexer, Source } from 'graphql/language';
       *
       * const lexer = new Lexer(new Source('{ hello }'));
       * const token = lexer.advance().toJSON(); // => { kind: '{', value: undefined, line: 1, column: 1 }
       * ```
       */
      toJSON() {
        return {
          kind: this.kind,
          value: this.value,
          line: this.line,
          column: this.column
        };
      }
    };
    exports.Token = Token;
    var QueryDocumentKeys = {
      Name: [],
      Document: ["definitions"],
      OperationDefinition: [
        "description",
        "name",
        "variableDefinitions",
        "directives",
        "selectionSet"
      ],
      VariableDefinition: [
        "description",
        "variable",
        "type",
        "defaultValue",
        "directives"
      ],
      Variable: ["name"],
      SelectionSet: ["selections"],
      Field: ["alias", "name", "arguments", "directives", "selectionSet"],
      Argument: ["name", "value"],
      FragmentSpread: ["name", "directives"],
      InlineFragment: ["typeCondition", "directives", "selectionSet"],
      FragmentDefinition: [
        "description",
        "name",
        // Note: fragment variable definitions are deprecated and will removed in v17.0.0
        "variableDefinitions",
        "typeCondition",
        "directives",
        "selectionSet"
      ],
      IntValue: [],
      FloatValue: [],
      StringValue: [],
      BooleanValue: [],
      NullValue: [],
      EnumValue: [],
      ListValue: ["values"],
      ObjectValue: ["fields"],
      ObjectField: ["name", "value"],
      Directive: ["name", "arguments"],
      NamedType: ["name"],
      ListType: ["type"],
      NonNullType: ["type"],
      SchemaDefinition: ["description", "directives", "operationTypes"],
      OperationTypeDefinition: ["type"],
      ScalarTypeDefinition: ["description", "name", "directives"],
      ObjectTypeDefinition: [
        "description",
        "name",
        "interfaces",
        "directives",
        "fields"
      ],
      FieldDefinition: ["description", "name", "arguments", "type", "directives"],
      InputValueDefinition: [
        "description",
        "name",
        "type",
        "defaultValue",
        "directives"
      ],
      InterfaceTypeDefinition: [
        "description",
        "name",
        "interfaces",
        "directives",
        "fields"
      ],
      UnionTypeDefinition: ["description", "name", "directives", "types"],
      EnumTypeDefinition: ["description", "name", "directives", "values"],
      EnumValueDefinition: ["description", "name", "directives"],
      InputObjectTypeDefinition: ["description", "name", "directives", "fields"],
      DirectiveDefinition: [
        "description",
        "name",
        "arguments",
        "directives",
        "locations"
      ],
      SchemaExtension: ["directives", "operationTypes"],
      DirectiveExtension: ["name", "directives"],
      ScalarTypeExtension: ["name", "directives"],
      ObjectTypeExtension: ["name", "interfaces", "directives", "fields"],
      InterfaceTypeExtension: ["name", "interfaces", "directives", "fields"],
      UnionTypeExtension: ["name", "directives", "types"],
      EnumTypeExtension: ["name", "directives", "values"],
      InputObjectTypeExtension: ["name", "directives", "fields"],
      TypeCoordinate: ["name"],
      MemberCoordinate: ["name", "memberName"],
      ArgumentCoordinate: ["name", "fieldName", "argumentName"],
      DirectiveCoordinate: ["name"],
      DirectiveArgumentCoordinate: ["name", "argumentName"]
    };
    exports.QueryDocumentKeys = QueryDocumentKeys;
    var kindValues = new Set(Object.keys(QueryDocumentKeys));
    function isNode(maybeNode) {
      let maybeKind = maybeNode?.kind;
      return typeof maybeKind == "string" && kindValues.has(maybeKind);
    }
    var OperationTypeNode;
    exports.OperationTypeNode = OperationTypeNode;
    (function(OperationTypeNode2) {
      OperationTypeNode2.QUERY = "query", OperationTypeNode2.MUTATION = "mutation", OperationTypeNode2.SUBSCRIPTION = "subscription";
    })(OperationTypeNode || (exports.OperationTypeNode = OperationTypeNode = {}));
  }
});

// node_modules/graphql/language/directiveLocation.js
var require_directiveLocation = __commonJS({
  "node_modules/graphql/language/directiveLocation.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.DirectiveLocation = void 0;
    var DirectiveLocation;
    exports.DirectiveLocation = DirectiveLocation;
    (function(DirectiveLocation2) {
      DirectiveLocation2.QUERY = "QUERY", DirectiveLocation2.MUTATION = "MUTATION", DirectiveLocation2.SUBSCRIPTION = "SUBSCRIPTION", DirectiveLocation2.FIELD = "FIELD", DirectiveLocation2.FRAGMENT_DEFINITION = "FRAGMENT_DEFINITION", DirectiveLocation2.FRAGMENT_SPREAD = "FRAGMENT_SPREAD", DirectiveLocation2.INLINE_FRAGMENT = "INLINE_FRAGMENT", DirectiveLocation2.VARIABLE_DEFINITION = "VARIABLE_DEFINITION", DirectiveLocation2.SCHEMA = "SCHEMA", DirectiveLocation2.SCALAR = "SCALAR", DirectiveLocation2.OBJECT = "OBJECT", DirectiveLocation2.FIELD_DEFINITION = "FIELD_DEFINITION", DirectiveLocation2.ARGUMENT_DEFINITION = "ARGUMENT_DEFINITION", DirectiveLocation2.INTERFACE = "INTERFACE", DirectiveLocation2.UNION = "UNION", DirectiveLocation2.ENUM = "ENUM", DirectiveLocation2.ENUM_VALUE = "ENUM_VALUE", DirectiveLocation2.INPUT_OBJECT = "INPUT_OBJECT", DirectiveLocation2.INPUT_FIELD_DEFINITION = "INPUT_FIELD_DEFINITION", DirectiveLocation2.DIRECTIVE_DEFINITION = "DIRECTIVE_DEFINITION";
    })(DirectiveLocation || (exports.DirectiveLocation = DirectiveLocation = {}));
  }
});

// node_modules/graphql/language/kinds.js
var require_kinds = __commonJS({
  "node_modules/graphql/language/kinds.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.Kind = void 0;
    var Kind2;
    exports.Kind = Kind2;
    (function(Kind3) {
      Kind3.NAME = "Name", Kind3.DOCUMENT = "Document", Kind3.OPERATION_DEFINITION = "OperationDefinition", Kind3.VARIABLE_DEFINITION = "VariableDefinition", Kind3.SELECTION_SET = "SelectionSet", Kind3.FIELD = "Field", Kind3.ARGUMENT = "Argument", Kind3.FRAGMENT_SPREAD = "FragmentSpread", Kind3.INLINE_FRAGMENT = "InlineFragment", Kind3.FRAGMENT_DEFINITION = "FragmentDefinition", Kind3.VARIABLE = "Variable", Kind3.INT = "IntValue", Kind3.FLOAT = "FloatValue", Kind3.STRING = "StringValue", Kind3.BOOLEAN = "BooleanValue", Kind3.NULL = "NullValue", Kind3.ENUM = "EnumValue", Kind3.LIST = "ListValue", Kind3.OBJECT = "ObjectValue", Kind3.OBJECT_FIELD = "ObjectField", Kind3.DIRECTIVE = "Directive", Kind3.NAMED_TYPE = "NamedType", Kind3.LIST_TYPE = "ListType", Kind3.NON_NULL_TYPE = "NonNullType", Kind3.SCHEMA_DEFINITION = "SchemaDefinition", Kind3.OPERATION_TYPE_DEFINITION = "OperationTypeDefinition", Kind3.SCALAR_TYPE_DEFINITION = "ScalarTypeDefinition", Kind3.OBJECT_TYPE_DEFINITION = "ObjectTypeDefinition", Kind3.FIELD_DEFINITION = "FieldDefinition", Kind3.INPUT_VALUE_DEFINITION = "InputValueDefinition", Kind3.INTERFACE_TYPE_DEFINITION = "InterfaceTypeDefinition", Kind3.UNION_TYPE_DEFINITION = "UnionTypeDefinition", Kind3.ENUM_TYPE_DEFINITION = "EnumTypeDefinition", Kind3.ENUM_VALUE_DEFINITION = "EnumValueDefinition", Kind3.INPUT_OBJECT_TYPE_DEFINITION = "InputObjectTypeDefinition", Kind3.DIRECTIVE_DEFINITION = "DirectiveDefinition", Kind3.SCHEMA_EXTENSION = "SchemaExtension", Kind3.DIRECTIVE_EXTENSION = "DirectiveExtension", Kind3.SCALAR_TYPE_EXTENSION = "ScalarTypeExtension", Kind3.OBJECT_TYPE_EXTENSION = "ObjectTypeExtension", Kind3.INTERFACE_TYPE_EXTENSION = "InterfaceTypeExtension", Kind3.UNION_TYPE_EXTENSION = "UnionTypeExtension", Kind3.ENUM_TYPE_EXTENSION = "EnumTypeExtension", Kind3.INPUT_OBJECT_TYPE_EXTENSION = "InputObjectTypeExtension", Kind3.TYPE_COORDINATE = "TypeCoordinate", Kind3.MEMBER_COORDINATE = "MemberCoordinate", Kind3.ARGUMENT_COORDINATE = "ArgumentCoordinate", Kind3.DIRECTIVE_COORDINATE = "DirectiveCoordinate", Kind3.DIRECTIVE_ARGUMENT_COORDINATE = "DirectiveArgumentCoordinate";
    })(Kind2 || (exports.Kind = Kind2 = {}));
  }
});

// node_modules/graphql/language/characterClasses.js
var require_characterClasses = __commonJS({
  "node_modules/graphql/language/characterClasses.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.isDigit = isDigit;
    exports.isLetter = isLetter;
    exports.isNameContinue = isNameContinue;
    exports.isNameStart = isNameStart;
    exports.isWhiteSpace = isWhiteSpace;
    function isWhiteSpace(code) {
      return code === 9 || code === 32;
    }
    function isDigit(code) {
      return code >= 48 && code <= 57;
    }
    function isLetter(code) {
      return code >= 97 && code <= 122 || // A-Z
      code >= 65 && code <= 90;
    }
    function isNameStart(code) {
      return isLetter(code) || code === 95;
    }
    function isNameContinue(code) {
      return isLetter(code) || isDigit(code) || code === 95;
    }
  }
});

// node_modules/graphql/language/blockString.js
var require_blockString = __commonJS({
  "node_modules/graphql/language/blockString.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.dedentBlockStringLines = dedentBlockStringLines;
    exports.isPrintableAsBlockString = isPrintableAsBlockString;
    exports.printBlockString = printBlockString;
    var _characterClasses = require_characterClasses();
    function dedentBlockStringLines(lines) {
      var _firstNonEmptyLine2;
      let commonIndent = Number.MAX_SAFE_INTEGER, firstNonEmptyLine = null, lastNonEmptyLine = -1;
      for (let i = 0; i < lines.length; ++i) {
        var _firstNonEmptyLine;
        let line = lines[i], indent = leadingWhitespace(line);
        indent !== line.length && (firstNonEmptyLine = (_firstNonEmptyLine = firstNonEmptyLine) !== null && _firstNonEmptyLine !== void 0 ? _firstNonEmptyLine : i, lastNonEmptyLine = i, i !== 0 && indent < commonIndent && (commonIndent = indent));
      }
      return lines.map((line, i) => i === 0 ? line : line.slice(commonIndent)).slice(
        (_firstNonEmptyLine2 = firstNonEmptyLine) !== null && _firstNonEmptyLine2 !== void 0 ? _firstNonEmptyLine2 : 0,
        lastNonEmptyLine + 1
      );
    }
    function leadingWhitespace(str) {
      let i = 0;
      for (; i < str.length && (0, _characterClasses.isWhiteSpace)(str.charCodeAt(i)); )
        ++i;
      return i;
    }
    function isPrintableAsBlockString(value) {
      if (value === "")
        return !0;
      let isEmptyLine = !0, hasIndent = !1, hasCommonIndent = !0, seenNonEmptyLine = !1;
      for (let i = 0; i < value.length; ++i)
        switch (value.codePointAt(i)) {
          case 0:
          case 1:
          case 2:
          case 3:
          case 4:
          case 5:
          case 6:
          case 7:
          case 8:
          case 11:
          case 12:
          case 14:
          case 15:
            return !1;
          // Has non-printable characters
          case 13:
            return !1;
          // Has \r or \r\n which will be replaced as \n
          case 10:
            if (isEmptyLine && !seenNonEmptyLine)
              return !1;
            seenNonEmptyLine = !0, isEmptyLine = !0, hasIndent = !1;
            break;
          case 9:
          //   \t
          case 32:
            hasIndent || (hasIndent = isEmptyLine);
            break;
          default:
            hasCommonIndent && (hasCommonIndent = hasIndent), isEmptyLine = !1;
        }
      return !(isEmptyLine || hasCommonIndent && seenNonEmptyLine);
    }
    function printBlockString(value, options) {
      let escapedValue = value.replace(/"""/g, '\\"""'), lines = escapedValue.split(/\r\n|[\n\r]/g), isSingleLine = lines.length === 1, forceLeadingNewLine = lines.length > 1 && lines.slice(1).every(
        (line) => line.length === 0 || (0, _characterClasses.isWhiteSpace)(line.charCodeAt(0))
      ), hasTrailingTripleQuotes = escapedValue.endsWith('\\"""'), hasTrailingQuote = value.endsWith('"') && !hasTrailingTripleQuotes, hasTrailingSlash = value.endsWith("\\"), forceTrailingNewline = hasTrailingQuote || hasTrailingSlash, printAsMultipleLines = !(options != null && options.minimize) && // add leading and trailing new lines only if it improves readability
      (!isSingleLine || value.length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes), result = "", skipLeadingNewLine = isSingleLine && (0, _characterClasses.isWhiteSpace)(value.charCodeAt(0));
      return (printAsMultipleLines && !skipLeadingNewLine || forceLeadingNewLine) && (result += `
`), result += escapedValue, (printAsMultipleLines || forceTrailingNewline) && (result += `
`), '"""' + result + '"""';
    }
  }
});

// node_modules/graphql/language/tokenKind.js
var require_tokenKind = __commonJS({
  "node_modules/graphql/language/tokenKind.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.TokenKind = void 0;
    var TokenKind2;
    exports.TokenKind = TokenKind2;
    (function(TokenKind3) {
      TokenKind3.SOF = "<SOF>", TokenKind3.EOF = "<EOF>", TokenKind3.BANG = "!", TokenKind3.DOLLAR = "$", TokenKind3.AMP = "&", TokenKind3.PAREN_L = "(", TokenKind3.PAREN_R = ")", TokenKind3.DOT = ".", TokenKind3.SPREAD = "...", TokenKind3.COLON = ":", TokenKind3.EQUALS = "=", TokenKind3.AT = "@", TokenKind3.BRACKET_L = "[", TokenKind3.BRACKET_R = "]", TokenKind3.BRACE_L = "{", TokenKind3.PIPE = "|", TokenKind3.BRACE_R = "}", TokenKind3.NAME = "Name", TokenKind3.INT = "Int", TokenKind3.FLOAT = "Float", TokenKind3.STRING = "String", TokenKind3.BLOCK_STRING = "BlockString", TokenKind3.COMMENT = "Comment";
    })(TokenKind2 || (exports.TokenKind = TokenKind2 = {}));
  }
});

// node_modules/graphql/language/lexer.js
var require_lexer = __commonJS({
  "node_modules/graphql/language/lexer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.Lexer = void 0;
    exports.createToken = createToken;
    exports.isPunctuatorTokenKind = isPunctuatorTokenKind;
    exports.printCodePointAt = printCodePointAt;
    exports.readName = readName;
    var _syntaxError = require_syntaxError(), _ast = require_ast(), _blockString = require_blockString(), _characterClasses = require_characterClasses(), _tokenKind = require_tokenKind(), Lexer = class {
      /** Source document used to derive error locations. */
      /** Most recent non-ignored token returned by the lexer. */
      /** Current non-ignored token at the lexer cursor. */
      /** The (1-indexed) line containing the current token. */
      /** Character offset where the current line starts. */
      /** @internal */
      /** @internal */
      /**
       * Creates a Lexer instance.
       * @param source - Source document used to derive error locations.
       * @example
       * ```ts
       * import { Lexer, Source, TokenKind } from 'graphql/language';
       *
       * const lexer = new Lexer(new Source('{ hello }'));
       *
       * lexer.token.kind; // => TokenKind.SOF
       * lexer.advance().kind; // => TokenKind.BRACE_L
       * lexer.advance().value; // => 'hello'
       * lexer.advance().kind; // => TokenKind.BRACE_R
       * ```
       */
      constructor(source) {
        let startOfFileToken = new _ast.Token(
          _tokenKind.TokenKind.SOF,
          0,
          0,
          0,
          0
        );
        this.source = source, this.lastToken = startOfFileToken, this.token = startOfFileToken, this.line = 1, this.lineStart = 0, this._maxComments = void 0, this._commentCount = 0;
      }
      /**
       * Returns the value used by `Object.prototype.toString`.
       * @returns The built-in string tag for this object.
       */
      get [Symbol.toStringTag]() {
        return "Lexer";
      }
      /**
       * Advances the token stream to the next non-ignored token.
       * @returns The next non-ignored token.
       * @example
       * ```ts
       * import { Lexer, Source } from 'graphql/language';
       *
       * const lexer = new Lexer(new Source('{ hello }'));
       * const token = lexer.advance();
       *
       * token.kind; // => '{'
       * lexer.token; // => token
       * ```
       */
      advance() {
        return this.lastToken = this.token, this.token = this.lookahead();
      }
      /**
       * Looks ahead and returns the next non-ignored token, but does not change
       * the state of Lexer.
       * @returns The next non-ignored token without advancing the lexer.
       * @example
       * ```ts
       * import { Lexer, Source } from 'graphql/language';
       *
       * const lexer = new Lexer(new Source('{ hello }'));
       * const token = lexer.lookahead();
       *
       * token.kind; // => '{'
       * lexer.token.kind; // => '<SOF>'
       * ```
       */
      lookahead() {
        let token = this.token;
        if (token.kind !== _tokenKind.TokenKind.EOF)
          do
            if (token.next)
              token = token.next;
            else {
              let nextToken = readNextToken(this, token.end);
              token.next = nextToken, nextToken.prev = token, token = nextToken;
            }
          while (token.kind === _tokenKind.TokenKind.COMMENT);
        return token;
      }
    };
    exports.Lexer = Lexer;
    function isPunctuatorTokenKind(kind) {
      return kind === _tokenKind.TokenKind.BANG || kind === _tokenKind.TokenKind.DOLLAR || kind === _tokenKind.TokenKind.AMP || kind === _tokenKind.TokenKind.PAREN_L || kind === _tokenKind.TokenKind.PAREN_R || kind === _tokenKind.TokenKind.DOT || kind === _tokenKind.TokenKind.SPREAD || kind === _tokenKind.TokenKind.COLON || kind === _tokenKind.TokenKind.EQUALS || kind === _tokenKind.TokenKind.AT || kind === _tokenKind.TokenKind.BRACKET_L || kind === _tokenKind.TokenKind.BRACKET_R || kind === _tokenKind.TokenKind.BRACE_L || kind === _tokenKind.TokenKind.PIPE || kind === _tokenKind.TokenKind.BRACE_R;
    }
    function isUnicodeScalarValue(code) {
      return code >= 0 && code <= 55295 || code >= 57344 && code <= 1114111;
    }
    function isSupplementaryCodePoint(body, location) {
      return isLeadingSurrogate(body.charCodeAt(location)) && isTrailingSurrogate(body.charCodeAt(location + 1));
    }
    function isLeadingSurrogate(code) {
      return code >= 55296 && code <= 56319;
    }
    function isTrailingSurrogate(code) {
      return code >= 56320 && code <= 57343;
    }
    function printCodePointAt(lexer, location) {
      let code = lexer.source.body.codePointAt(location);
      if (code === void 0)
        return _tokenKind.TokenKind.EOF;
      if (code >= 32 && code <= 126) {
        let char = String.fromCodePoint(code);
        return char === '"' ? `'"'` : `"${char}"`;
      }
      return "U+" + code.toString(16).toUpperCase().padStart(4, "0");
    }
    function createToken(lexer, kind, start, end, value) {
      let line = lexer.line, col = 1 + start - lexer.lineStart;
      return new _ast.Token(kind, start, end, line, col, value);
    }
    function readNextToken(lexer, start) {
      let body = lexer.source.body, bodyLength = body.length, position = start;
      for (; position < bodyLength; ) {
        let code = body.charCodeAt(position);
        switch (code) {
          // Ignored ::
          //   - UnicodeBOM
          //   - WhiteSpace
          //   - LineTerminator
          //   - Comment
          //   - Comma
          //
          // UnicodeBOM :: "Byte Order Mark (U+FEFF)"
          //
          // WhiteSpace ::
          //   - "Horizontal Tab (U+0009)"
          //   - "Space (U+0020)"
          //
          // Comma :: ,
          case 65279:
          // <BOM>
          case 9:
          // \t
          case 32:
          // <space>
          case 44:
            ++position;
            continue;
          // LineTerminator ::
          //   - "New Line (U+000A)"
          //   - "Carriage Return (U+000D)" [lookahead != "New Line (U+000A)"]
          //   - "Carriage Return (U+000D)" "New Line (U+000A)"
          case 10:
            ++position, ++lexer.line, lexer.lineStart = position;
            continue;
          case 13:
            body.charCodeAt(position + 1) === 10 ? position += 2 : ++position, ++lexer.line, lexer.lineStart = position;
            continue;
          // Comment
          case 35:
            return readComment(lexer, position);
          // Token ::
          //   - Punctuator
          //   - Name
          //   - IntValue
          //   - FloatValue
          //   - StringValue
          //
          // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }
          case 33:
            return createToken(
              lexer,
              _tokenKind.TokenKind.BANG,
              position,
              position + 1
            );
          case 36:
            return createToken(
              lexer,
              _tokenKind.TokenKind.DOLLAR,
              position,
              position + 1
            );
          case 38:
            return createToken(
              lexer,
              _tokenKind.TokenKind.AMP,
              position,
              position + 1
            );
          case 40:
            return createToken(
              lexer,
              _tokenKind.TokenKind.PAREN_L,
              position,
              position + 1
            );
          case 41:
            return createToken(
              lexer,
              _tokenKind.TokenKind.PAREN_R,
              position,
              position + 1
            );
          case 46:
            if (body.charCodeAt(position + 1) === 46 && body.charCodeAt(position + 2) === 46)
              return createToken(
                lexer,
                _tokenKind.TokenKind.SPREAD,
                position,
                position + 3
              );
            break;
          case 58:
            return createToken(
              lexer,
              _tokenKind.TokenKind.COLON,
              position,
              position + 1
            );
          case 61:
            return createToken(
              lexer,
              _tokenKind.TokenKind.EQUALS,
              position,
              position + 1
            );
          case 64:
            return createToken(
              lexer,
              _tokenKind.TokenKind.AT,
              position,
              position + 1
            );
          case 91:
            return createToken(
              lexer,
              _tokenKind.TokenKind.BRACKET_L,
              position,
              position + 1
            );
          case 93:
            return createToken(
              lexer,
              _tokenKind.TokenKind.BRACKET_R,
              position,
              position + 1
            );
          case 123:
            return createToken(
              lexer,
              _tokenKind.TokenKind.BRACE_L,
              position,
              position + 1
            );
          case 124:
            return createToken(
              lexer,
              _tokenKind.TokenKind.PIPE,
              position,
              position + 1
            );
          case 125:
            return createToken(
              lexer,
              _tokenKind.TokenKind.BRACE_R,
              position,
              position + 1
            );
          // StringValue
          case 34:
            return body.charCodeAt(position + 1) === 34 && body.charCodeAt(position + 2) === 34 ? readBlockString(lexer, position) : readString(lexer, position);
        }
        if ((0, _characterClasses.isDigit)(code) || code === 45)
          return readNumber(lexer, position, code);
        if ((0, _characterClasses.isNameStart)(code))
          return readName(lexer, position);
        throw (0, _syntaxError.syntaxError)(
          lexer.source,
          position,
          code === 39 ? `Unexpected single quote character ('), did you mean to use a double quote (")?` : isUnicodeScalarValue(code) || isSupplementaryCodePoint(body, position) ? `Unexpected character: ${printCodePointAt(lexer, position)}.` : `Invalid character: ${printCodePointAt(lexer, position)}.`
        );
      }
      return createToken(lexer, _tokenKind.TokenKind.EOF, bodyLength, bodyLength);
    }
    function readComment(lexer, start) {
      let maxComments = lexer._maxComments;
      if (maxComments !== void 0) {
        let nextCommentCount = lexer._commentCount + 1;
        if (nextCommentCount > maxComments)
          throw (0, _syntaxError.syntaxError)(
            lexer.source,
            start,
            `Document contains more than ${maxComments} comments. Parsing aborted.`
          );
        lexer._commentCount = nextCommentCount;
      }
      let body = lexer.source.body, bodyLength = body.length, position = start + 1;
      for (; position < bodyLength; ) {
        let code = body.charCodeAt(position);
        if (code === 10 || code === 13)
          break;
        if (isUnicodeScalarValue(code))
          ++position;
        else if (isSupplementaryCodePoint(body, position))
          position += 2;
        else
          break;
      }
      return createToken(
        lexer,
        _tokenKind.TokenKind.COMMENT,
        start,
        position,
        body.slice(start + 1, position)
      );
    }
    function readNumber(lexer, start, firstCode) {
      let body = lexer.source.body, position = start, code = firstCode, isFloat = !1;
      if (code === 45 && (code = body.charCodeAt(++position)), code === 48) {
        if (code = body.charCodeAt(++position), (0, _characterClasses.isDigit)(code))
          throw (0, _syntaxError.syntaxError)(
            lexer.source,
            position,
            `Invalid number, unexpected digit after 0: ${printCodePointAt(
              lexer,
              position
            )}.`
          );
      } else
        position = readDigits(lexer, position, code), code = body.charCodeAt(position);
      if (code === 46 && (isFloat = !0, code = body.charCodeAt(++position), position = readDigits(lexer, position, code), code = body.charCodeAt(position)), (code === 69 || code === 101) && (isFloat = !0, code = body.charCodeAt(++position), (code === 43 || code === 45) && (code = body.charCodeAt(++position)), position = readDigits(lexer, position, code), code = body.charCodeAt(position)), code === 46 || (0, _characterClasses.isNameStart)(code))
        throw (0, _syntaxError.syntaxError)(
          lexer.source,
          position,
          `Invalid number, expected digit but got: ${printCodePointAt(
            lexer,
            position
          )}.`
        );
      return createToken(
        lexer,
        isFloat ? _tokenKind.TokenKind.FLOAT : _tokenKind.TokenKind.INT,
        start,
        position,
        body.slice(start, position)
      );
    }
    function readDigits(lexer, start, firstCode) {
      if (!(0, _characterClasses.isDigit)(firstCode))
        throw (0, _syntaxError.syntaxError)(
          lexer.source,
          start,
          `Invalid number, expected digit but got: ${printCodePointAt(
            lexer,
            start
          )}.`
        );
      let body = lexer.source.body, position = start + 1;
      for (; (0, _characterClasses.isDigit)(body.charCodeAt(position)); )
        ++position;
      return position;
    }
    function readString(lexer, start) {
      let body = lexer.source.body, bodyLength = body.length, position = start + 1, chunkStart = position, value = "";
      for (; position < bodyLength; ) {
        let code = body.charCodeAt(position);
        if (code === 34)
          return value += body.slice(chunkStart, position), createToken(
            lexer,
            _tokenKind.TokenKind.STRING,
            start,
            position + 1,
            value
          );
        if (code === 92) {
          value += body.slice(chunkStart, position);
          let escape = body.charCodeAt(position + 1) === 117 ? body.charCodeAt(position + 2) === 123 ? readEscapedUnicodeVariableWidth(lexer, position) : readEscapedUnicodeFixedWidth(lexer, position) : readEscapedCharacter(lexer, position);
          value += escape.value, position += escape.size, chunkStart = position;
          continue;
        }
        if (code === 10 || code === 13)
          break;
        if (isUnicodeScalarValue(code))
          ++position;
        else if (isSupplementaryCodePoint(body, position))
          position += 2;
        else
          throw (0, _syntaxError.syntaxError)(
            lexer.source,
            position,
            `Invalid character within String: ${printCodePointAt(
              lexer,
              position
            )}.`
          );
      }
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        "Unterminated string."
      );
    }
    function readEscapedUnicodeVariableWidth(lexer, position) {
      let body = lexer.source.body, point = 0, size = 3;
      for (; size < 12; ) {
        let code = body.charCodeAt(position + size++);
        if (code === 125) {
          if (size < 5 || !isUnicodeScalarValue(point))
            break;
          return {
            value: String.fromCodePoint(point),
            size
          };
        }
        if (point = point << 4 | readHexDigit(code), point < 0)
          break;
      }
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        `Invalid Unicode escape sequence: "${body.slice(
          position,
          position + size
        )}".`
      );
    }
    function readEscapedUnicodeFixedWidth(lexer, position) {
      let body = lexer.source.body, code = read16BitHexCode(body, position + 2);
      if (isUnicodeScalarValue(code))
        return {
          value: String.fromCodePoint(code),
          size: 6
        };
      if (isLeadingSurrogate(code) && body.charCodeAt(position + 6) === 92 && body.charCodeAt(position + 7) === 117) {
        let trailingCode = read16BitHexCode(body, position + 8);
        if (isTrailingSurrogate(trailingCode))
          return {
            value: String.fromCodePoint(code, trailingCode),
            size: 12
          };
      }
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        `Invalid Unicode escape sequence: "${body.slice(position, position + 6)}".`
      );
    }
    function read16BitHexCode(body, position) {
      return readHexDigit(body.charCodeAt(position)) << 12 | readHexDigit(body.charCodeAt(position + 1)) << 8 | readHexDigit(body.charCodeAt(position + 2)) << 4 | readHexDigit(body.charCodeAt(position + 3));
    }
    function readHexDigit(code) {
      return code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1;
    }
    function readEscapedCharacter(lexer, position) {
      let body = lexer.source.body;
      switch (body.charCodeAt(position + 1)) {
        case 34:
          return {
            value: '"',
            size: 2
          };
        case 92:
          return {
            value: "\\",
            size: 2
          };
        case 47:
          return {
            value: "/",
            size: 2
          };
        case 98:
          return {
            value: "\b",
            size: 2
          };
        case 102:
          return {
            value: "\f",
            size: 2
          };
        case 110:
          return {
            value: `
`,
            size: 2
          };
        case 114:
          return {
            value: "\r",
            size: 2
          };
        case 116:
          return {
            value: "	",
            size: 2
          };
      }
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        `Invalid character escape sequence: "${body.slice(
          position,
          position + 2
        )}".`
      );
    }
    function readBlockString(lexer, start) {
      let body = lexer.source.body, bodyLength = body.length, lineStart = lexer.lineStart, position = start + 3, chunkStart = position, currentLine = "", blockLines = [];
      for (; position < bodyLength; ) {
        let code = body.charCodeAt(position);
        if (code === 34 && body.charCodeAt(position + 1) === 34 && body.charCodeAt(position + 2) === 34) {
          currentLine += body.slice(chunkStart, position), blockLines.push(currentLine);
          let token = createToken(
            lexer,
            _tokenKind.TokenKind.BLOCK_STRING,
            start,
            position + 3,
            // Return a string of the lines joined with U+000A.
            (0, _blockString.dedentBlockStringLines)(blockLines).join(`
`)
          );
          return lexer.line += blockLines.length - 1, lexer.lineStart = lineStart, token;
        }
        if (code === 92 && body.charCodeAt(position + 1) === 34 && body.charCodeAt(position + 2) === 34 && body.charCodeAt(position + 3) === 34) {
          currentLine += body.slice(chunkStart, position), chunkStart = position + 1, position += 4;
          continue;
        }
        if (code === 10 || code === 13) {
          currentLine += body.slice(chunkStart, position), blockLines.push(currentLine), code === 13 && body.charCodeAt(position + 1) === 10 ? position += 2 : ++position, currentLine = "", chunkStart = position, lineStart = position;
          continue;
        }
        if (isUnicodeScalarValue(code))
          ++position;
        else if (isSupplementaryCodePoint(body, position))
          position += 2;
        else
          throw (0, _syntaxError.syntaxError)(
            lexer.source,
            position,
            `Invalid character within String: ${printCodePointAt(
              lexer,
              position
            )}.`
          );
      }
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        "Unterminated string."
      );
    }
    function readName(lexer, start) {
      let body = lexer.source.body, bodyLength = body.length, position = start + 1;
      for (; position < bodyLength; ) {
        let code = body.charCodeAt(position);
        if ((0, _characterClasses.isNameContinue)(code))
          ++position;
        else
          break;
      }
      return createToken(
        lexer,
        _tokenKind.TokenKind.NAME,
        start,
        position,
        body.slice(start, position)
      );
    }
  }
});

// node_modules/graphql/language/schemaCoordinateLexer.js
var require_schemaCoordinateLexer = __commonJS({
  "node_modules/graphql/language/schemaCoordinateLexer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.SchemaCoordinateLexer = void 0;
    var _syntaxError = require_syntaxError(), _ast = require_ast(), _characterClasses = require_characterClasses(), _lexer = require_lexer(), _tokenKind = require_tokenKind(), SchemaCoordinateLexer = class {
      /** The previously focused non-ignored token. */
      /** The currently focused non-ignored token. */
      /**
       * The (1-indexed) line containing the current token.
       * Since a schema coordinate may not contain newline, this value is always 1.
       */
      line = 1;
      /**
       * The character offset at which the current line begins.
       * Since a schema coordinate may not contain newline, this value is always 0.
       */
      lineStart = 0;
      constructor(source) {
        let startOfFileToken = new _ast.Token(
          _tokenKind.TokenKind.SOF,
          0,
          0,
          0,
          0
        );
        this.source = source, this.lastToken = startOfFileToken, this.token = startOfFileToken;
      }
      get [Symbol.toStringTag]() {
        return "SchemaCoordinateLexer";
      }
      /**
       * Advances the token stream to the next non-ignored token.
       *
       * @internal
       */
      advance() {
        return this.lastToken = this.token, this.token = this.lookahead();
      }
      /**
       * Looks ahead and returns the next non-ignored token, but does not change
       * the current Lexer token.
       *
       * @internal
       */
      lookahead() {
        let token = this.token;
        if (token.kind !== _tokenKind.TokenKind.EOF) {
          let nextToken = readNextToken(this, token.end);
          token.next = nextToken, nextToken.prev = token, token = nextToken;
        }
        return token;
      }
    };
    exports.SchemaCoordinateLexer = SchemaCoordinateLexer;
    function readNextToken(lexer, start) {
      let body = lexer.source.body, bodyLength = body.length, position = start;
      if (position < bodyLength) {
        let code = body.charCodeAt(position);
        switch (code) {
          case 46:
            return (0, _lexer.createToken)(
              lexer,
              _tokenKind.TokenKind.DOT,
              position,
              position + 1
            );
          case 40:
            return (0, _lexer.createToken)(
              lexer,
              _tokenKind.TokenKind.PAREN_L,
              position,
              position + 1
            );
          case 41:
            return (0, _lexer.createToken)(
              lexer,
              _tokenKind.TokenKind.PAREN_R,
              position,
              position + 1
            );
          case 58:
            return (0, _lexer.createToken)(
              lexer,
              _tokenKind.TokenKind.COLON,
              position,
              position + 1
            );
          case 64:
            return (0, _lexer.createToken)(
              lexer,
              _tokenKind.TokenKind.AT,
              position,
              position + 1
            );
        }
        if ((0, _characterClasses.isNameStart)(code))
          return (0, _lexer.readName)(lexer, position);
        throw (0, _syntaxError.syntaxError)(
          lexer.source,
          position,
          `Invalid character: ${(0, _lexer.printCodePointAt)(lexer, position)}.`
        );
      }
      return (0, _lexer.createToken)(
        lexer,
        _tokenKind.TokenKind.EOF,
        bodyLength,
        bodyLength
      );
    }
  }
});

// node_modules/graphql/jsutils/devAssert.js
var require_devAssert = __commonJS({
  "node_modules/graphql/jsutils/devAssert.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.devAssert = devAssert;
    function devAssert(condition, message) {
      if (!!!condition)
        throw new Error(message);
    }
  }
});

// node_modules/graphql/jsutils/inspect.js
var require_inspect = __commonJS({
  "node_modules/graphql/jsutils/inspect.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.inspect = inspect2;
    var MAX_ARRAY_LENGTH = 10, MAX_RECURSIVE_DEPTH = 2;
    function inspect2(value) {
      return formatValue(value, []);
    }
    function formatValue(value, seenValues) {
      switch (typeof value) {
        case "string":
          return JSON.stringify(value);
        case "function":
          return value.name ? `[function ${value.name}]` : "[function]";
        case "object":
          return formatObjectValue(value, seenValues);
        default:
          return String(value);
      }
    }
    function formatObjectValue(value, previouslySeenValues) {
      if (value === null)
        return "null";
      if (previouslySeenValues.includes(value))
        return "[Circular]";
      let seenValues = [...previouslySeenValues, value];
      if (isJSONable(value)) {
        let jsonValue = value.toJSON();
        if (jsonValue !== value)
          return typeof jsonValue == "string" ? jsonValue : formatValue(jsonValue, seenValues);
      } else if (Array.isArray(value))
        return formatArray(value, seenValues);
      return formatObject(value, seenValues);
    }
    function isJSONable(value) {
      return typeof value.toJSON == "function";
    }
    function formatObject(object, seenValues) {
      let entries = Object.entries(object);
      return entries.length === 0 ? "{}" : seenValues.length > MAX_RECURSIVE_DEPTH ? "[" + getObjectTag(object) + "]" : "{ " + entries.map(
        ([key, value]) => key + ": " + formatValue(value, seenValues)
      ).join(", ") + " }";
    }
    function formatArray(array, seenValues) {
      if (array.length === 0)
        return "[]";
      if (seenValues.length > MAX_RECURSIVE_DEPTH)
        return "[Array]";
      let len = Math.min(MAX_ARRAY_LENGTH, array.length), remaining = array.length - len, items = [];
      for (let i = 0; i < len; ++i)
        items.push(formatValue(array[i], seenValues));
      return remaining === 1 ? items.push("... 1 more item") : remaining > 1 && items.push(`... ${remaining} more items`), "[" + items.join(", ") + "]";
    }
    function getObjectTag(object) {
      let tag = Object.prototype.toString.call(object).replace(/^\[object /, "").replace(/]$/, "");
      if (tag === "Object" && typeof object.constructor == "function") {
        let name = object.constructor.name;
        if (typeof name == "string" && name !== "")
          return name;
      }
      return tag;
    }
  }
});

// node_modules/graphql/jsutils/instanceOf.js
var require_instanceOf = __commonJS({
  "node_modules/graphql/jsutils/instanceOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.instanceOf = void 0;
    var _inspect = require_inspect(), isProduction = globalThis.process && // eslint-disable-next-line no-undef
    process.env.NODE_ENV === "production", instanceOf = (
      /* c8 ignore next 6 */
      // FIXME: https://github.com/graphql/graphql-js/issues/2317
      isProduction ? function(value, constructor) {
        return value instanceof constructor;
      } : function(value, constructor) {
        if (value instanceof constructor)
          return !0;
        if (typeof value == "object" && value !== null) {
          var _value$constructor;
          let className = constructor.prototype[Symbol.toStringTag], valueClassName = (
            // We still need to support constructor's name to detect conflicts with older versions of this library.
            Symbol.toStringTag in value ? value[Symbol.toStringTag] : (_value$constructor = value.constructor) === null || _value$constructor === void 0 ? void 0 : _value$constructor.name
          );
          if (className === valueClassName) {
            let stringifiedValue = (0, _inspect.inspect)(value);
            throw new Error(`Cannot use ${className} "${stringifiedValue}" from another module or realm.

Ensure that there is only one instance of "graphql" in the node_modules
directory. If different versions of "graphql" are the dependencies of other
relied on modules, use "resolutions" to ensure only one version is installed.

https://yarnpkg.com/en/docs/selective-version-resolutions

Duplicate "graphql" modules cannot be used at the same time since different
versions may have different capabilities and behavior. The data from one
version used in the function from another could produce confusing and
spurious results.`);
          }
        }
        return !1;
      }
    );
    exports.instanceOf = instanceOf;
  }
});

// node_modules/graphql/language/source.js
var require_source = __commonJS({
  "node_modules/graphql/language/source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.Source = void 0;
    exports.isSource = isSource;
    var _devAssert = require_devAssert(), _inspect = require_inspect(), _instanceOf = require_instanceOf(), Source = class {
      /** The GraphQL source text. */
      /** Name used in diagnostics for this source, such as a file path or request name. */
      /** One-indexed line and column where this source begins. */
      /**
       * Creates a Source instance.
       * @param body - The GraphQL source text.
       * @param name - Name used in diagnostics for this source.
       * @param locationOffset - One-indexed line and column where this source begins.
       * @example
       * ```ts
       * import { Source } from 'graphql/language';
       *
       * const source = new Source('type Query { greeting: String }', 'schema.graphql', {
       *   line: 10,
       *   column: 1,
       * });
       *
       * source.body; // => 'type Query { greeting: String }'
       * source.name; // => 'schema.graphql'
       * source.locationOffset; // => { line: 10, column: 1 }
       * ```
       */
      constructor(body, name = "GraphQL request", locationOffset = {
        line: 1,
        column: 1
      }) {
        typeof body == "string" || (0, _devAssert.devAssert)(
          !1,
          `Body must be a string. Received: ${(0, _inspect.inspect)(body)}.`
        ), this.body = body, this.name = name, this.locationOffset = locationOffset, this.locationOffset.line > 0 || (0, _devAssert.devAssert)(
          !1,
          "line in locationOffset is 1-indexed and must be positive."
        ), this.locationOffset.column > 0 || (0, _devAssert.devAssert)(
          !1,
          "column in locationOffset is 1-indexed and must be positive."
        );
      }
      /**
       * Returns the value used by `Object.prototype.toString`.
       * @returns The built-in string tag for this object.
       */
      get [Symbol.toStringTag]() {
        return "Source";
      }
    };
    exports.Source = Source;
    function isSource(source) {
      return (0, _instanceOf.instanceOf)(source, Source);
    }
  }
});

// node_modules/graphql/language/parser.js
var require_parser = __commonJS({
  "node_modules/graphql/language/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.Parser = void 0;
    exports.parse = parse2;
    exports.parseConstValue = parseConstValue;
    exports.parseSchemaCoordinate = parseSchemaCoordinate;
    exports.parseType = parseType;
    exports.parseValue = parseValue;
    var _syntaxError = require_syntaxError(), _ast = require_ast(), _directiveLocation = require_directiveLocation(), _kinds = require_kinds(), _lexer = require_lexer(), _schemaCoordinateLexer = require_schemaCoordinateLexer(), _source = require_source(), _tokenKind = require_tokenKind();
    function parse2(source, options) {
      let parser = new Parser2(source, options), document = parser.parseDocument();
      return Object.defineProperty(document, "tokenCount", {
        enumerable: !1,
        value: parser.tokenCount
      }), document;
    }
    function parseValue(source, options) {
      let parser = new Parser2(source, options);
      parser.expectToken(_tokenKind.TokenKind.SOF);
      let value = parser.parseValueLiteral(!1);
      return parser.expectToken(_tokenKind.TokenKind.EOF), value;
    }
    function parseConstValue(source, options) {
      let parser = new Parser2(source, options);
      parser.expectToken(_tokenKind.TokenKind.SOF);
      let value = parser.parseConstValueLiteral();
      return parser.expectToken(_tokenKind.TokenKind.EOF), value;
    }
    function parseType(source, options) {
      let parser = new Parser2(source, options);
      parser.expectToken(_tokenKind.TokenKind.SOF);
      let type = parser.parseTypeReference();
      return parser.expectToken(_tokenKind.TokenKind.EOF), type;
    }
    function parseSchemaCoordinate(source) {
      let sourceObj = (0, _source.isSource)(source) ? source : new _source.Source(source), lexer = new _schemaCoordinateLexer.SchemaCoordinateLexer(sourceObj), parser = new Parser2(source, {
        lexer
      });
      parser.expectToken(_tokenKind.TokenKind.SOF);
      let coordinate = parser.parseSchemaCoordinate();
      return parser.expectToken(_tokenKind.TokenKind.EOF), coordinate;
    }
    var Parser2 = class {
      constructor(source, options = {}) {
        let { lexer, ..._options } = options;
        if (lexer)
          this._lexer = lexer;
        else {
          let sourceObj = (0, _source.isSource)(source) ? source : new _source.Source(source);
          this._lexer = new _lexer.Lexer(sourceObj);
        }
        this._options = _options, this._tokenCounter = 0, this._lexer._maxComments = options?.maxComments, this._lexer._commentCount = 0;
        let maxSourceLength = options?.maxSourceLength;
        if (maxSourceLength !== void 0 && this._lexer.source.body.length > maxSourceLength)
          throw (0, _syntaxError.syntaxError)(
            this._lexer.source,
            maxSourceLength,
            `Source contains more than ${maxSourceLength} UTF-16 code units. Parsing aborted.`
          );
      }
      get tokenCount() {
        return this._tokenCounter;
      }
      /**
       * Converts a name lex token into a name parse node.
       *
       * @internal
       */
      parseName() {
        let token = this.expectToken(_tokenKind.TokenKind.NAME);
        return this.node(token, {
          kind: _kinds.Kind.NAME,
          value: token.value
        });
      }
      // Implements the parsing rules in the Document section.
      /**
       * Document : Definition+
       *
       * @internal
       */
      parseDocument() {
        return this.node(this._lexer.token, {
          kind: _kinds.Kind.DOCUMENT,
          definitions: this.many(
            _tokenKind.TokenKind.SOF,
            this.parseDefinition,
            _tokenKind.TokenKind.EOF
          )
        });
      }
      /**
       * Definition :
       *   - ExecutableDefinition
       *   - TypeSystemDefinition
       *   - TypeSystemExtension
       *
       * ExecutableDefinition :
       *   - OperationDefinition
       *   - FragmentDefinition
       *
       * TypeSystemDefinition :
       *   - SchemaDefinition
       *   - TypeDefinition
       *   - DirectiveDefinition
       *
       * TypeDefinition :
       *   - ScalarTypeDefinition
       *   - ObjectTypeDefinition
       *   - InterfaceTypeDefinition
       *   - UnionTypeDefinition
       *   - EnumTypeDefinition
       *   - InputObjectTypeDefinition
       *
       * @internal
       */
      parseDefinition() {
        if (this.peek(_tokenKind.TokenKind.BRACE_L))
          return this.parseOperationDefinition();
        let hasDescription = this.peekDescription(), keywordToken = hasDescription ? this._lexer.lookahead() : this._lexer.token;
        if (hasDescription && keywordToken.kind === _tokenKind.TokenKind.BRACE_L)
          throw (0, _syntaxError.syntaxError)(
            this._lexer.source,
            this._lexer.token.start,
            "Unexpected description, descriptions are not supported on shorthand queries."
          );
        if (keywordToken.kind === _tokenKind.TokenKind.NAME) {
          switch (keywordToken.value) {
            case "schema":
              return this.parseSchemaDefinition();
            case "scalar":
              return this.parseScalarTypeDefinition();
            case "type":
              return this.parseObjectTypeDefinition();
            case "interface":
              return this.parseInterfaceTypeDefinition();
            case "union":
              return this.parseUnionTypeDefinition();
            case "enum":
              return this.parseEnumTypeDefinition();
            case "input":
              return this.parseInputObjectTypeDefinition();
            case "directive":
              return this.parseDirectiveDefinition();
          }
          switch (keywordToken.value) {
            case "query":
            case "mutation":
            case "subscription":
              return this.parseOperationDefinition();
            case "fragment":
              return this.parseFragmentDefinition();
          }
          if (hasDescription)
            throw (0, _syntaxError.syntaxError)(
              this._lexer.source,
              this._lexer.token.start,
              "Unexpected description, only GraphQL definitions support descriptions."
            );
          if (keywordToken.value === "extend")
            return this.parseTypeSystemExtension();
        }
        throw this.unexpected(keywordToken);
      }
      // Implements the parsing rules in the Operations section.
      /**
       * OperationDefinition :
       *  - SelectionSet
       *  - OperationType Name? VariableDefinitions? Directives? SelectionSet
       *
       * @internal
       */
      parseOperationDefinition() {
        let start = this._lexer.token;
        if (this.peek(_tokenKind.TokenKind.BRACE_L))
          return this.node(start, {
            kind: _kinds.Kind.OPERATION_DEFINITION,
            operation: _ast.OperationTypeNode.QUERY,
            description: void 0,
            name: void 0,
            variableDefinitions: [],
            directives: [],
            selectionSet: this.parseSelectionSet()
          });
        let description = this.parseDescription(), operation = this.parseOperationType(), name;
        return this.peek(_tokenKind.TokenKind.NAME) && (name = this.parseName()), this.node(start, {
          kind: _kinds.Kind.OPERATION_DEFINITION,
          operation,
          description,
          name,
          variableDefinitions: this.parseVariableDefinitions(),
          directives: this.parseDirectives(!1),
          selectionSet: this.parseSelectionSet()
        });
      }
      /**
       * OperationType : one of query mutation subscription
       *
       * @internal
       */
      parseOperationType() {
        let operationToken = this.expectToken(_tokenKind.TokenKind.NAME);
        switch (operationToken.value) {
          case "query":
            return _ast.OperationTypeNode.QUERY;
          case "mutation":
            return _ast.OperationTypeNode.MUTATION;
          case "subscription":
            return _ast.OperationTypeNode.SUBSCRIPTION;
        }
        throw this.unexpected(operationToken);
      }
      /**
       * VariableDefinitions : ( VariableDefinition+ )
       *
       * @internal
       */
      parseVariableDefinitions() {
        return this.optionalMany(
          _tokenKind.TokenKind.PAREN_L,
          this.parseVariableDefinition,
          _tokenKind.TokenKind.PAREN_R
        );
      }
      /**
       * VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
       *
       * @internal
       */
      parseVariableDefinition() {
        return this.node(this._lexer.token, {
          kind: _kinds.Kind.VARIABLE_DEFINITION,
          description: this.parseDescription(),
          variable: this.parseVariable(),
          type: (this.expectToken(_tokenKind.TokenKind.COLON), this.parseTypeReference()),
          defaultValue: this.expectOptionalToken(_tokenKind.TokenKind.EQUALS) ? this.parseConstValueLiteral() : void 0,
          directives: this.parseConstDirectives()
        });
      }
      /**
       * Variable : $ Name
       *
       * @internal
       */
      parseVariable() {
        let start = this._lexer.token;
        return this.expectToken(_tokenKind.TokenKind.DOLLAR), this.node(start, {
          kind: _kinds.Kind.VARIABLE,
          name: this.parseName()
        });
      }
      /**
       * ```
       * SelectionSet : { Selection+ }
       * ```
       *
       * @internal
       */
      parseSelectionSet() {
        return this.node(this._lexer.token, {
          kind: _kinds.Kind.SELECTION_SET,
          selections: this.many(
            _tokenKind.TokenKind.BRACE_L,
            this.parseSelection,
            _tokenKind.TokenKind.BRACE_R
          )
        });
      }
      /**
       * Selection :
       *   - Field
       *   - FragmentSpread
       *   - InlineFragment
       *
       * @internal
       */
      parseSelection() {
        return this.peek(_tokenKind.TokenKind.SPREAD) ? this.parseFragment() : this.parseField();
      }
      /**
       * Field : Alias? Name Arguments? Directives? SelectionSet?
       *
       * Alias : Name :
       *
       * @internal
       */
      parseField() {
        let start = this._lexer.token, nameOrAlias = this.parseName(), alias, name;
        return this.expectOptionalToken(_tokenKind.TokenKind.COLON) ? (alias = nameOrAlias, name = this.parseName()) : name = nameOrAlias, this.node(start, {
          kind: _kinds.Kind.FIELD,
          alias,
          name,
          arguments: this.parseArguments(!1),
          directives: this.parseDirectives(!1),
          selectionSet: this.peek(_tokenKind.TokenKind.BRACE_L) ? this.parseSelectionSet() : void 0
        });
      }
      /**
       * Arguments[Const] : ( Argument[?Const]+ )
       *
       * @internal
       */
      parseArguments(isConst) {
        let item = isConst ? this.parseConstArgument : this.parseArgument;
        return this.optionalMany(
          _tokenKind.TokenKind.PAREN_L,
          item,
          _tokenKind.TokenKind.PAREN_R
        );
      }
      /**
       * Argument[Const] : Name : Value[?Const]
       *
       * @internal
       */
      parseArgument(isConst = !1) {
        let start = this._lexer.token, name = this.parseName();
        return this.expectToken(_tokenKind.TokenKind.COLON), this.node(start, {
          kind: _kinds.Kind.ARGUMENT,
          name,
          value: this.parseValueLiteral(isConst)
        });
      }
      parseConstArgument() {
        return this.parseArgument(!0);
      }
      // Implements the parsing rules in the Fragments section.
      /**
       * Corresponds to both FragmentSpread and InlineFragment in the spec.
       *
       * FragmentSpread : ... FragmentName Directives?
       *
       * InlineFragment : ... TypeCondition? Directives? SelectionSet
       *
       * @internal
       */
      parseFragment() {
        let start = this._lexer.token;
        this.expectToken(_tokenKind.TokenKind.SPREAD);
        let hasTypeCondition = this.expectOptionalKeyword("on");
        return !hasTypeCondition && this.peek(_tokenKind.TokenKind.NAME) ? this.node(start, {
          kind: _kinds.Kind.FRAGMENT_SPREAD,
          name: this.parseFragmentName(),
          directives: this.parseDirectives(!1)
        }) : this.node(start, {
          kind: _kinds.Kind.INLINE_FRAGMENT,
          typeCondition: hasTypeCondition ? this.parseNamedType() : void 0,
          directives: this.parseDirectives(!1),
          selectionSet: this.parseSelectionSet()
        });
      }
      /**
       * FragmentDefinition :
       *   - fragment FragmentName on TypeCondition Directives? SelectionSet
       *
       * TypeCondition : NamedType
       *
       * @internal
       */
      parseFragmentDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        return this.expectKeyword("fragment"), this._options.allowLegacyFragmentVariables === !0 ? this.node(start, {
          kind: _kinds.Kind.FRAGMENT_DEFINITION,
          description,
          name: this.parseFragmentName(),
          variableDefinitions: this.parseVariableDefinitions(),
          typeCondition: (this.expectKeyword("on"), this.parseNamedType()),
          directives: this.parseDirectives(!1),
          selectionSet: this.parseSelectionSet()
        }) : this.node(start, {
          kind: _kinds.Kind.FRAGMENT_DEFINITION,
          description,
          name: this.parseFragmentName(),
          typeCondition: (this.expectKeyword("on"), this.parseNamedType()),
          directives: this.parseDirectives(!1),
          selectionSet: this.parseSelectionSet()
        });
      }
      /**
       * FragmentName : Name but not `on`
       *
       * @internal
       */
      parseFragmentName() {
        if (this._lexer.token.value === "on")
          throw this.unexpected();
        return this.parseName();
      }
      // Implements the parsing rules in the Values section.
      /**
       * Value[Const] :
       *   - [~Const] Variable
       *   - IntValue
       *   - FloatValue
       *   - StringValue
       *   - BooleanValue
       *   - NullValue
       *   - EnumValue
       *   - ListValue[?Const]
       *   - ObjectValue[?Const]
       *
       * BooleanValue : one of `true` `false`
       *
       * NullValue : `null`
       *
       * EnumValue : Name but not `true`, `false` or `null`
       *
       * @internal
       */
      parseValueLiteral(isConst) {
        let token = this._lexer.token;
        switch (token.kind) {
          case _tokenKind.TokenKind.BRACKET_L:
            return this.parseList(isConst);
          case _tokenKind.TokenKind.BRACE_L:
            return this.parseObject(isConst);
          case _tokenKind.TokenKind.INT:
            return this.advanceLexer(), this.node(token, {
              kind: _kinds.Kind.INT,
              value: token.value
            });
          case _tokenKind.TokenKind.FLOAT:
            return this.advanceLexer(), this.node(token, {
              kind: _kinds.Kind.FLOAT,
              value: token.value
            });
          case _tokenKind.TokenKind.STRING:
          case _tokenKind.TokenKind.BLOCK_STRING:
            return this.parseStringLiteral();
          case _tokenKind.TokenKind.NAME:
            switch (this.advanceLexer(), token.value) {
              case "true":
                return this.node(token, {
                  kind: _kinds.Kind.BOOLEAN,
                  value: !0
                });
              case "false":
                return this.node(token, {
                  kind: _kinds.Kind.BOOLEAN,
                  value: !1
                });
              case "null":
                return this.node(token, {
                  kind: _kinds.Kind.NULL
                });
              default:
                return this.node(token, {
                  kind: _kinds.Kind.ENUM,
                  value: token.value
                });
            }
          case _tokenKind.TokenKind.DOLLAR:
            if (isConst)
              if (this.expectToken(_tokenKind.TokenKind.DOLLAR), this._lexer.token.kind === _tokenKind.TokenKind.NAME) {
                let varName = this._lexer.token.value;
                throw (0, _syntaxError.syntaxError)(
                  this._lexer.source,
                  token.start,
                  `Unexpected variable "$${varName}" in constant value.`
                );
              } else
                throw this.unexpected(token);
            return this.parseVariable();
          default:
            throw this.unexpected();
        }
      }
      parseConstValueLiteral() {
        return this.parseValueLiteral(!0);
      }
      parseStringLiteral() {
        let token = this._lexer.token;
        return this.advanceLexer(), this.node(token, {
          kind: _kinds.Kind.STRING,
          value: token.value,
          block: token.kind === _tokenKind.TokenKind.BLOCK_STRING
        });
      }
      /**
       * ListValue[Const] :
       *   - [ ]
       *   - [ Value[?Const]+ ]
       *
       * @internal
       */
      parseList(isConst) {
        let item = () => this.parseValueLiteral(isConst);
        return this.node(this._lexer.token, {
          kind: _kinds.Kind.LIST,
          values: this.any(
            _tokenKind.TokenKind.BRACKET_L,
            item,
            _tokenKind.TokenKind.BRACKET_R
          )
        });
      }
      /**
       * ```
       * ObjectValue[Const] :
       *   - { }
       *   - { ObjectField[?Const]+ }
       * ```
       *
       * @internal
       */
      parseObject(isConst) {
        let item = () => this.parseObjectField(isConst);
        return this.node(this._lexer.token, {
          kind: _kinds.Kind.OBJECT,
          fields: this.any(
            _tokenKind.TokenKind.BRACE_L,
            item,
            _tokenKind.TokenKind.BRACE_R
          )
        });
      }
      /**
       * ObjectField[Const] : Name : Value[?Const]
       *
       * @internal
       */
      parseObjectField(isConst) {
        let start = this._lexer.token, name = this.parseName();
        return this.expectToken(_tokenKind.TokenKind.COLON), this.node(start, {
          kind: _kinds.Kind.OBJECT_FIELD,
          name,
          value: this.parseValueLiteral(isConst)
        });
      }
      // Implements the parsing rules in the Directives section.
      /**
       * Directives[Const] : Directive[?Const]+
       *
       * @internal
       */
      parseDirectives(isConst) {
        let directives = [];
        for (; this.peek(_tokenKind.TokenKind.AT); )
          directives.push(this.parseDirective(isConst));
        return directives;
      }
      parseConstDirectives() {
        return this.parseDirectives(!0);
      }
      /**
       * ```
       * Directive[Const] : @ Name Arguments[?Const]?
       * ```
       *
       * @internal
       */
      parseDirective(isConst) {
        let start = this._lexer.token;
        return this.expectToken(_tokenKind.TokenKind.AT), this.node(start, {
          kind: _kinds.Kind.DIRECTIVE,
          name: this.parseName(),
          arguments: this.parseArguments(isConst)
        });
      }
      // Implements the parsing rules in the Types section.
      /**
       * Type :
       *   - NamedType
       *   - ListType
       *   - NonNullType
       *
       * @internal
       */
      parseTypeReference() {
        let start = this._lexer.token, type;
        if (this.expectOptionalToken(_tokenKind.TokenKind.BRACKET_L)) {
          let innerType = this.parseTypeReference();
          this.expectToken(_tokenKind.TokenKind.BRACKET_R), type = this.node(start, {
            kind: _kinds.Kind.LIST_TYPE,
            type: innerType
          });
        } else
          type = this.parseNamedType();
        return this.expectOptionalToken(_tokenKind.TokenKind.BANG) ? this.node(start, {
          kind: _kinds.Kind.NON_NULL_TYPE,
          type
        }) : type;
      }
      /**
       * NamedType : Name
       *
       * @internal
       */
      parseNamedType() {
        return this.node(this._lexer.token, {
          kind: _kinds.Kind.NAMED_TYPE,
          name: this.parseName()
        });
      }
      // Implements the parsing rules in the Type Definition section.
      peekDescription() {
        return this.peek(_tokenKind.TokenKind.STRING) || this.peek(_tokenKind.TokenKind.BLOCK_STRING);
      }
      /**
       * Description : StringValue
       *
       * @internal
       */
      parseDescription() {
        if (this.peekDescription())
          return this.parseStringLiteral();
      }
      /**
       * ```
       * SchemaDefinition : Description? schema Directives[Const]? { OperationTypeDefinition+ }
       * ```
       *
       * @internal
       */
      parseSchemaDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("schema");
        let directives = this.parseConstDirectives(), operationTypes = this.many(
          _tokenKind.TokenKind.BRACE_L,
          this.parseOperationTypeDefinition,
          _tokenKind.TokenKind.BRACE_R
        );
        return this.node(start, {
          kind: _kinds.Kind.SCHEMA_DEFINITION,
          description,
          directives,
          operationTypes
        });
      }
      /**
       * OperationTypeDefinition : OperationType : NamedType
       *
       * @internal
       */
      parseOperationTypeDefinition() {
        let start = this._lexer.token, operation = this.parseOperationType();
        this.expectToken(_tokenKind.TokenKind.COLON);
        let type = this.parseNamedType();
        return this.node(start, {
          kind: _kinds.Kind.OPERATION_TYPE_DEFINITION,
          operation,
          type
        });
      }
      /**
       * ScalarTypeDefinition : Description? scalar Name Directives[Const]?
       *
       * @internal
       */
      parseScalarTypeDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("scalar");
        let name = this.parseName(), directives = this.parseConstDirectives();
        return this.node(start, {
          kind: _kinds.Kind.SCALAR_TYPE_DEFINITION,
          description,
          name,
          directives
        });
      }
      /**
       * ObjectTypeDefinition :
       *   Description?
       *   type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
       *
       * @internal
       */
      parseObjectTypeDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("type");
        let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
        return this.node(start, {
          kind: _kinds.Kind.OBJECT_TYPE_DEFINITION,
          description,
          name,
          interfaces,
          directives,
          fields
        });
      }
      /**
       * ImplementsInterfaces :
       *   - implements `&`? NamedType
       *   - ImplementsInterfaces & NamedType
       *
       * @internal
       */
      parseImplementsInterfaces() {
        return this.expectOptionalKeyword("implements") ? this.delimitedMany(_tokenKind.TokenKind.AMP, this.parseNamedType) : [];
      }
      /**
       * ```
       * FieldsDefinition : { FieldDefinition+ }
       * ```
       *
       * @internal
       */
      parseFieldsDefinition() {
        return this.optionalMany(
          _tokenKind.TokenKind.BRACE_L,
          this.parseFieldDefinition,
          _tokenKind.TokenKind.BRACE_R
        );
      }
      /**
       * FieldDefinition :
       *   - Description? Name ArgumentsDefinition? : Type Directives[Const]?
       *
       * @internal
       */
      parseFieldDefinition() {
        let start = this._lexer.token, description = this.parseDescription(), name = this.parseName(), args = this.parseArgumentDefs();
        this.expectToken(_tokenKind.TokenKind.COLON);
        let type = this.parseTypeReference(), directives = this.parseConstDirectives();
        return this.node(start, {
          kind: _kinds.Kind.FIELD_DEFINITION,
          description,
          name,
          arguments: args,
          type,
          directives
        });
      }
      /**
       * ArgumentsDefinition : ( InputValueDefinition+ )
       *
       * @internal
       */
      parseArgumentDefs() {
        return this.optionalMany(
          _tokenKind.TokenKind.PAREN_L,
          this.parseInputValueDef,
          _tokenKind.TokenKind.PAREN_R
        );
      }
      /**
       * InputValueDefinition :
       *   - Description? Name : Type DefaultValue? Directives[Const]?
       *
       * @internal
       */
      parseInputValueDef() {
        let start = this._lexer.token, description = this.parseDescription(), name = this.parseName();
        this.expectToken(_tokenKind.TokenKind.COLON);
        let type = this.parseTypeReference(), defaultValue;
        this.expectOptionalToken(_tokenKind.TokenKind.EQUALS) && (defaultValue = this.parseConstValueLiteral());
        let directives = this.parseConstDirectives();
        return this.node(start, {
          kind: _kinds.Kind.INPUT_VALUE_DEFINITION,
          description,
          name,
          type,
          defaultValue,
          directives
        });
      }
      /**
       * InterfaceTypeDefinition :
       *   - Description? interface Name Directives[Const]? FieldsDefinition?
       *
       * @internal
       */
      parseInterfaceTypeDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("interface");
        let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
        return this.node(start, {
          kind: _kinds.Kind.INTERFACE_TYPE_DEFINITION,
          description,
          name,
          interfaces,
          directives,
          fields
        });
      }
      /**
       * UnionTypeDefinition :
       *   - Description? union Name Directives[Const]? UnionMemberTypes?
       *
       * @internal
       */
      parseUnionTypeDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("union");
        let name = this.parseName(), directives = this.parseConstDirectives(), types = this.parseUnionMemberTypes();
        return this.node(start, {
          kind: _kinds.Kind.UNION_TYPE_DEFINITION,
          description,
          name,
          directives,
          types
        });
      }
      /**
       * UnionMemberTypes :
       *   - = `|`? NamedType
       *   - UnionMemberTypes | NamedType
       *
       * @internal
       */
      parseUnionMemberTypes() {
        return this.expectOptionalToken(_tokenKind.TokenKind.EQUALS) ? this.delimitedMany(_tokenKind.TokenKind.PIPE, this.parseNamedType) : [];
      }
      /**
       * EnumTypeDefinition :
       *   - Description? enum Name Directives[Const]? EnumValuesDefinition?
       *
       * @internal
       */
      parseEnumTypeDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("enum");
        let name = this.parseName(), directives = this.parseConstDirectives(), values = this.parseEnumValuesDefinition();
        return this.node(start, {
          kind: _kinds.Kind.ENUM_TYPE_DEFINITION,
          description,
          name,
          directives,
          values
        });
      }
      /**
       * ```
       * EnumValuesDefinition : { EnumValueDefinition+ }
       * ```
       *
       * @internal
       */
      parseEnumValuesDefinition() {
        return this.optionalMany(
          _tokenKind.TokenKind.BRACE_L,
          this.parseEnumValueDefinition,
          _tokenKind.TokenKind.BRACE_R
        );
      }
      /**
       * EnumValueDefinition : Description? EnumValue Directives[Const]?
       *
       * @internal
       */
      parseEnumValueDefinition() {
        let start = this._lexer.token, description = this.parseDescription(), name = this.parseEnumValueName(), directives = this.parseConstDirectives();
        return this.node(start, {
          kind: _kinds.Kind.ENUM_VALUE_DEFINITION,
          description,
          name,
          directives
        });
      }
      /**
       * EnumValue : Name but not `true`, `false` or `null`
       *
       * @internal
       */
      parseEnumValueName() {
        if (this._lexer.token.value === "true" || this._lexer.token.value === "false" || this._lexer.token.value === "null")
          throw (0, _syntaxError.syntaxError)(
            this._lexer.source,
            this._lexer.token.start,
            `${getTokenDesc(
              this._lexer.token
            )} is reserved and cannot be used for an enum value.`
          );
        return this.parseName();
      }
      /**
       * InputObjectTypeDefinition :
       *   - Description? input Name Directives[Const]? InputFieldsDefinition?
       *
       * @internal
       */
      parseInputObjectTypeDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("input");
        let name = this.parseName(), directives = this.parseConstDirectives(), fields = this.parseInputFieldsDefinition();
        return this.node(start, {
          kind: _kinds.Kind.INPUT_OBJECT_TYPE_DEFINITION,
          description,
          name,
          directives,
          fields
        });
      }
      /**
       * ```
       * InputFieldsDefinition : { InputValueDefinition+ }
       * ```
       *
       * @internal
       */
      parseInputFieldsDefinition() {
        return this.optionalMany(
          _tokenKind.TokenKind.BRACE_L,
          this.parseInputValueDef,
          _tokenKind.TokenKind.BRACE_R
        );
      }
      /**
       * TypeSystemExtension :
       *   - SchemaExtension
       *   - TypeExtension
       *
       * TypeExtension :
       *   - ScalarTypeExtension
       *   - ObjectTypeExtension
       *   - InterfaceTypeExtension
       *   - UnionTypeExtension
       *   - EnumTypeExtension
       *   - InputObjectTypeDefinition
       *   - DirectiveDefinitionExtension
       *
       * @internal
       */
      parseTypeSystemExtension() {
        let keywordToken = this._lexer.lookahead();
        if (keywordToken.kind === _tokenKind.TokenKind.NAME)
          switch (keywordToken.value) {
            case "schema":
              return this.parseSchemaExtension();
            case "scalar":
              return this.parseScalarTypeExtension();
            case "type":
              return this.parseObjectTypeExtension();
            case "interface":
              return this.parseInterfaceTypeExtension();
            case "union":
              return this.parseUnionTypeExtension();
            case "enum":
              return this.parseEnumTypeExtension();
            case "input":
              return this.parseInputObjectTypeExtension();
            case "directive":
              if (this._options.experimentalDirectivesOnDirectiveDefinitions)
                return this.parseDirectiveDefinitionExtension();
              break;
          }
        throw this.unexpected(keywordToken);
      }
      /**
       * ```
       * SchemaExtension :
       *  - extend schema Directives[Const]? { OperationTypeDefinition+ }
       *  - extend schema Directives[Const]
       * ```
       *
       * @internal
       */
      parseSchemaExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("schema");
        let directives = this.parseConstDirectives(), operationTypes = this.optionalMany(
          _tokenKind.TokenKind.BRACE_L,
          this.parseOperationTypeDefinition,
          _tokenKind.TokenKind.BRACE_R
        );
        if (directives.length === 0 && operationTypes.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.SCHEMA_EXTENSION,
          directives,
          operationTypes
        });
      }
      /**
       * ScalarTypeExtension :
       *   - extend scalar Name Directives[Const]
       *
       * @internal
       */
      parseScalarTypeExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("scalar");
        let name = this.parseName(), directives = this.parseConstDirectives();
        if (directives.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.SCALAR_TYPE_EXTENSION,
          name,
          directives
        });
      }
      /**
       * ObjectTypeExtension :
       *  - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
       *  - extend type Name ImplementsInterfaces? Directives[Const]
       *  - extend type Name ImplementsInterfaces
       *
       * @internal
       */
      parseObjectTypeExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("type");
        let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
        if (interfaces.length === 0 && directives.length === 0 && fields.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.OBJECT_TYPE_EXTENSION,
          name,
          interfaces,
          directives,
          fields
        });
      }
      /**
       * InterfaceTypeExtension :
       *  - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
       *  - extend interface Name ImplementsInterfaces? Directives[Const]
       *  - extend interface Name ImplementsInterfaces
       *
       * @internal
       */
      parseInterfaceTypeExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("interface");
        let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
        if (interfaces.length === 0 && directives.length === 0 && fields.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.INTERFACE_TYPE_EXTENSION,
          name,
          interfaces,
          directives,
          fields
        });
      }
      /**
       * UnionTypeExtension :
       *   - extend union Name Directives[Const]? UnionMemberTypes
       *   - extend union Name Directives[Const]
       *
       * @internal
       */
      parseUnionTypeExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("union");
        let name = this.parseName(), directives = this.parseConstDirectives(), types = this.parseUnionMemberTypes();
        if (directives.length === 0 && types.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.UNION_TYPE_EXTENSION,
          name,
          directives,
          types
        });
      }
      /**
       * EnumTypeExtension :
       *   - extend enum Name Directives[Const]? EnumValuesDefinition
       *   - extend enum Name Directives[Const]
       *
       * @internal
       */
      parseEnumTypeExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("enum");
        let name = this.parseName(), directives = this.parseConstDirectives(), values = this.parseEnumValuesDefinition();
        if (directives.length === 0 && values.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.ENUM_TYPE_EXTENSION,
          name,
          directives,
          values
        });
      }
      /**
       * InputObjectTypeExtension :
       *   - extend input Name Directives[Const]? InputFieldsDefinition
       *   - extend input Name Directives[Const]
       *
       * @internal
       */
      parseInputObjectTypeExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("input");
        let name = this.parseName(), directives = this.parseConstDirectives(), fields = this.parseInputFieldsDefinition();
        if (directives.length === 0 && fields.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.INPUT_OBJECT_TYPE_EXTENSION,
          name,
          directives,
          fields
        });
      }
      parseDirectiveDefinitionExtension() {
        let start = this._lexer.token;
        this.expectKeyword("extend"), this.expectKeyword("directive"), this.expectToken(_tokenKind.TokenKind.AT);
        let name = this.parseName(), directives = this.parseConstDirectives();
        if (directives.length === 0)
          throw this.unexpected();
        return this.node(start, {
          kind: _kinds.Kind.DIRECTIVE_EXTENSION,
          name,
          directives
        });
      }
      /**
       * ```
       * DirectiveDefinition :
       *   - Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
       * ```
       *
       * @internal
       */
      parseDirectiveDefinition() {
        let start = this._lexer.token, description = this.parseDescription();
        this.expectKeyword("directive"), this.expectToken(_tokenKind.TokenKind.AT);
        let name = this.parseName(), args = this.parseArgumentDefs(), directives = this._options.experimentalDirectivesOnDirectiveDefinitions ? this.parseConstDirectives() : [], repeatable = this.expectOptionalKeyword("repeatable");
        this.expectKeyword("on");
        let locations = this.parseDirectiveLocations();
        return this.node(start, {
          kind: _kinds.Kind.DIRECTIVE_DEFINITION,
          description,
          name,
          arguments: args,
          directives,
          repeatable,
          locations
        });
      }
      /**
       * DirectiveLocations :
       *   - `|`? DirectiveLocation
       *   - DirectiveLocations | DirectiveLocation
       *
       * @internal
       */
      parseDirectiveLocations() {
        return this.delimitedMany(
          _tokenKind.TokenKind.PIPE,
          this.parseDirectiveLocation
        );
      }
      /*
       * DirectiveLocation :
       *   - ExecutableDirectiveLocation
       *   - TypeSystemDirectiveLocation
       *
       * ExecutableDirectiveLocation : one of
       *   `QUERY`
       *   `MUTATION`
       *   `SUBSCRIPTION`
       *   `FIELD`
       *   `FRAGMENT_DEFINITION`
       *   `FRAGMENT_SPREAD`
       *   `INLINE_FRAGMENT`
       *
       * TypeSystemDirectiveLocation : one of
       *   `SCHEMA`
       *   `SCALAR`
       *   `OBJECT`
       *   `FIELD_DEFINITION`
       *   `ARGUMENT_DEFINITION`
       *   `INTERFACE`
       *   `UNION`
       *   `ENUM`
       *   `ENUM_VALUE`
       *   `INPUT_OBJECT`
       *   `INPUT_FIELD_DEFINITION`
       *   `DIRECTIVE_DEFINITION`
       */
      parseDirectiveLocation() {
        let start = this._lexer.token, name = this.parseName();
        if (Object.prototype.hasOwnProperty.call(
          _directiveLocation.DirectiveLocation,
          name.value
        ))
          return name;
        throw this.unexpected(start);
      }
      // Schema Coordinates
      /**
       * SchemaCoordinate :
       *   - Name
       *   - Name . Name
       *   - Name . Name ( Name : )
       *   - \@ Name
       *   - \@ Name ( Name : )
       * @returns Parsed schema coordinate AST.
       * @example
       * ```ts
       * import assert from 'node:assert/strict';
       * import { Kind, parseSchemaCoordinate } from 'graphql/language';
       *
       * const typeCoordinate = parseSchemaCoordinate('User.name');
       * const directiveCoordinate = parseSchemaCoordinate('@include(if:)');
       * assert(typeCoordinate.kind === Kind.MEMBER_COORDINATE);
       * assert(directiveCoordinate.kind === Kind.DIRECTIVE_ARGUMENT_COORDINATE);
       *
       * typeCoordinate.name.value; // => 'User'
       * typeCoordinate.memberName?.value; // => 'name'
       * directiveCoordinate.name.value; // => 'include'
       * directiveCoordinate.argumentName?.value; // => 'if'
       * ```
       */
      parseSchemaCoordinate() {
        let start = this._lexer.token, ofDirective = this.expectOptionalToken(_tokenKind.TokenKind.AT), name = this.parseName(), memberName;
        !ofDirective && this.expectOptionalToken(_tokenKind.TokenKind.DOT) && (memberName = this.parseName());
        let argumentName;
        return (ofDirective || memberName) && this.expectOptionalToken(_tokenKind.TokenKind.PAREN_L) && (argumentName = this.parseName(), this.expectToken(_tokenKind.TokenKind.COLON), this.expectToken(_tokenKind.TokenKind.PAREN_R)), ofDirective ? argumentName ? this.node(start, {
          kind: _kinds.Kind.DIRECTIVE_ARGUMENT_COORDINATE,
          name,
          argumentName
        }) : this.node(start, {
          kind: _kinds.Kind.DIRECTIVE_COORDINATE,
          name
        }) : memberName ? argumentName ? this.node(start, {
          kind: _kinds.Kind.ARGUMENT_COORDINATE,
          name,
          fieldName: memberName,
          argumentName
        }) : this.node(start, {
          kind: _kinds.Kind.MEMBER_COORDINATE,
          name,
          memberName
        }) : this.node(start, {
          kind: _kinds.Kind.TYPE_COORDINATE,
          name
        });
      }
      // Core parsing utility functions
      /**
       * Returns a node that, if configured to do so, sets a "loc" field as a
       * location object, used to identify the place in the source that created a
       * given parsed object.
       *
       * @internal
       */
      node(startToken, node) {
        return this._options.noLocation !== !0 && (node.loc = new _ast.Location(
          startToken,
          this._lexer.lastToken,
          this._lexer.source
        )), node;
      }
      /**
       * Determines if the next token is of a given kind
       *
       * @internal
       */
      peek(kind) {
        return this._lexer.token.kind === kind;
      }
      /**
       * If the next token is of the given kind, return that token after advancing the lexer.
       * Otherwise, do not change the parser state and throw an error.
       *
       * @internal
       */
      expectToken(kind) {
        let token = this._lexer.token;
        if (token.kind === kind)
          return this.advanceLexer(), token;
        throw (0, _syntaxError.syntaxError)(
          this._lexer.source,
          token.start,
          `Expected ${getTokenKindDesc(kind)}, found ${getTokenDesc(token)}.`
        );
      }
      /**
       * If the next token is of the given kind, return "true" after advancing the lexer.
       * Otherwise, do not change the parser state and return "false".
       *
       * @internal
       */
      expectOptionalToken(kind) {
        return this._lexer.token.kind === kind ? (this.advanceLexer(), !0) : !1;
      }
      /**
       * If the next token is a given keyword, advance the lexer.
       * Otherwise, do not change the parser state and throw an error.
       *
       * @internal
       */
      expectKeyword(value) {
        let token = this._lexer.token;
        if (token.kind === _tokenKind.TokenKind.NAME && token.value === value)
          this.advanceLexer();
        else
          throw (0, _syntaxError.syntaxError)(
            this._lexer.source,
            token.start,
            `Expected "${value}", found ${getTokenDesc(token)}.`
          );
      }
      /**
       * If the next token is a given keyword, return "true" after advancing the lexer.
       * Otherwise, do not change the parser state and return "false".
       *
       * @internal
       */
      expectOptionalKeyword(value) {
        let token = this._lexer.token;
        return token.kind === _tokenKind.TokenKind.NAME && token.value === value ? (this.advanceLexer(), !0) : !1;
      }
      /**
       * Helper function for creating an error when an unexpected lexed token is encountered.
       *
       * @internal
       */
      unexpected(atToken) {
        let token = atToken ?? this._lexer.token;
        return (0, _syntaxError.syntaxError)(
          this._lexer.source,
          token.start,
          `Unexpected ${getTokenDesc(token)}.`
        );
      }
      /**
       * Returns a possibly empty list of parse nodes, determined by the parseFn.
       * This list begins with a lex token of openKind and ends with a lex token of closeKind.
       * Advances the parser to the next lex token after the closing token.
       *
       * @internal
       */
      any(openKind, parseFn, closeKind) {
        this.expectToken(openKind);
        let nodes = [];
        for (; !this.expectOptionalToken(closeKind); )
          nodes.push(parseFn.call(this));
        return nodes;
      }
      /**
       * Returns a list of parse nodes, determined by the parseFn.
       * It can be empty only if open token is missing otherwise it will always return non-empty list
       * that begins with a lex token of openKind and ends with a lex token of closeKind.
       * Advances the parser to the next lex token after the closing token.
       *
       * @internal
       */
      optionalMany(openKind, parseFn, closeKind) {
        if (this.expectOptionalToken(openKind)) {
          let nodes = [];
          do
            nodes.push(parseFn.call(this));
          while (!this.expectOptionalToken(closeKind));
          return nodes;
        }
        return [];
      }
      /**
       * Returns a non-empty list of parse nodes, determined by the parseFn.
       * This list begins with a lex token of openKind and ends with a lex token of closeKind.
       * Advances the parser to the next lex token after the closing token.
       *
       * @internal
       */
      many(openKind, parseFn, closeKind) {
        this.expectToken(openKind);
        let nodes = [];
        do
          nodes.push(parseFn.call(this));
        while (!this.expectOptionalToken(closeKind));
        return nodes;
      }
      /**
       * Returns a non-empty list of parse nodes, determined by the parseFn.
       * This list may begin with a lex token of delimiterKind followed by items separated by lex tokens of tokenKind.
       * Advances the parser to the next lex token after last item in the list.
       *
       * @internal
       */
      delimitedMany(delimiterKind, parseFn) {
        this.expectOptionalToken(delimiterKind);
        let nodes = [];
        do
          nodes.push(parseFn.call(this));
        while (this.expectOptionalToken(delimiterKind));
        return nodes;
      }
      advanceLexer() {
        let { maxLexicalTokens = this._options.maxTokens } = this._options, token = this._lexer.advance();
        if (token.kind !== _tokenKind.TokenKind.EOF && (++this._tokenCounter, maxLexicalTokens !== void 0 && this._tokenCounter > maxLexicalTokens))
          throw (0, _syntaxError.syntaxError)(
            this._lexer.source,
            token.start,
            `Document contains more that ${maxLexicalTokens} tokens. Parsing aborted.`
          );
      }
    };
    exports.Parser = Parser2;
    function getTokenDesc(token) {
      let value = token.value;
      return getTokenKindDesc(token.kind) + (value != null ? ` "${value}"` : "");
    }
    function getTokenKindDesc(kind) {
      return (0, _lexer.isPunctuatorTokenKind)(kind) ? `"${kind}"` : kind;
    }
  }
});

// node_modules/@graphql-inspector/core/esm/ast/document.js
function readDocument(source) {
  let result = {
    source,
    fragments: [],
    operations: [],
    hasFragments: !1,
    hasOperations: !1
  }, documentNode = parse(source.body), filepath = source.name, definitions = documentNode.definitions || [];
  for (let node of definitions)
    isOperation(node) ? result.operations.push({
      node,
      source: filepath
    }) : isFragment(node) && result.fragments.push({
      node,
      source: filepath
    });
  return result.hasFragments = result.fragments.length > 0, result.hasOperations = result.operations.length > 0, result;
}
function isOperation(node) {
  return node.kind === Kind.OPERATION_DEFINITION;
}
function isFragment(node) {
  return node.kind === Kind.FRAGMENT_DEFINITION;
}

// node_modules/@graphql-inspector/core/esm/utils/is-deprecated.js
function isDeprecated(fieldOrEnumValue) {
  return "isDeprecated" in fieldOrEnumValue ? !!fieldOrEnumValue.isDeprecated : !!(fieldOrEnumValue.deprecationReason != null || fieldOrEnumValue.astNode?.directives?.some((directive) => directive.name.value === "deprecated"));
}

// node_modules/@graphql-inspector/core/esm/utils/graphql.js
function getDefaultValue(inputValue) {
  return inputValue.default !== void 0 ? inputValue.default.literal !== void 0 ? valueFromAST(inputValue.default.literal, inputValue.type) : coerceInputValue(inputValue.default.value, inputValue.type) : inputValue.defaultValue;
}
function hasDefaultValue(inputValue) {
  return inputValue.default !== void 0 || inputValue.defaultValue !== void 0;
}
function defaultValuesAreEqual(oldInputValue, newInputValue) {
  return defaultValueEquals(oldInputValue == null ? void 0 : getDefaultValue(oldInputValue), getDefaultValue(newInputValue));
}
function defaultValueEquals(oldValue, newValue) {
  if (Object.is(oldValue, newValue))
    return !0;
  if (Array.isArray(oldValue) && Array.isArray(newValue))
    return oldValue.length === newValue.length && oldValue.every((value, index) => defaultValueEquals(value, newValue[index]));
  if (oldValue !== null && newValue !== null && typeof oldValue == "object" && typeof newValue == "object") {
    let oldRecord = oldValue, newRecord = newValue, oldKeys = Object.keys(oldRecord), newKeys = Object.keys(newRecord);
    return oldKeys.length === newKeys.length && oldKeys.every((key) => Object.prototype.hasOwnProperty.call(newRecord, key) && defaultValueEquals(oldRecord[key], newRecord[key]));
  }
  return !1;
}
function safeChangeForField(oldType, newType) {
  if (!isWrappingType(oldType) && !isWrappingType(newType))
    return oldType.toString() === newType.toString();
  if (isNonNullType(newType)) {
    let ofType = isNonNullType(oldType) ? oldType.ofType : oldType;
    return safeChangeForField(ofType, newType.ofType);
  }
  return isListType(oldType) ? isListType(newType) && safeChangeForField(oldType.ofType, newType.ofType) || isNonNullType(newType) && safeChangeForField(oldType, newType.ofType) : !1;
}
function safeChangeForInputValue(oldType, newType) {
  if (!isWrappingType(oldType) && !isWrappingType(newType))
    return oldType?.toString() === newType.toString();
  if (isListType(oldType) && isListType(newType))
    return safeChangeForInputValue(oldType.ofType, newType.ofType);
  if (isNonNullType(oldType)) {
    let ofType = isNonNullType(newType) ? newType.ofType : newType;
    return safeChangeForInputValue(oldType.ofType, ofType);
  }
  return !1;
}
function getKind(type) {
  return type.astNode?.kind || "";
}
function getTypePrefix(type) {
  let kind = getKind(type);
  return {
    [Kind.SCALAR_TYPE_DEFINITION]: "scalar",
    [Kind.OBJECT_TYPE_DEFINITION]: "type",
    [Kind.INTERFACE_TYPE_DEFINITION]: "interface",
    [Kind.UNION_TYPE_DEFINITION]: "union",
    [Kind.ENUM_TYPE_DEFINITION]: "enum",
    [Kind.INPUT_OBJECT_TYPE_DEFINITION]: "input"
  }[kind.toString()];
}
function isPrimitive(type) {
  return ["String", "Int", "Float", "Boolean", "ID"].includes(typeof type == "string" ? type : type.name);
}
function isForIntrospection(type) {
  return [
    "__Schema",
    "__Type",
    "__TypeKind",
    "__Field",
    "__InputValue",
    "__EnumValue",
    "__Directive",
    "__DirectiveLocation"
  ].includes(typeof type == "string" ? type : type.name);
}
function findDeprecatedUsages(schema, ast) {
  let errors = [], typeInfo = new TypeInfo(schema);
  return visit(ast, visitWithTypeInfo(typeInfo, {
    Argument(node) {
      let argument = typeInfo.getArgument();
      if (argument) {
        let reason = argument.deprecationReason;
        if (reason) {
          let fieldDef = typeInfo.getFieldDef();
          fieldDef && errors.push(new GraphQLError(`The argument '${argument?.name}' of '${fieldDef.name}' is deprecated. ${reason}`, { nodes: [node] }));
        }
      }
    },
    Field(node) {
      let fieldDef = typeInfo.getFieldDef();
      if (fieldDef && isDeprecated(fieldDef)) {
        let parentType = typeInfo.getParentType();
        if (parentType) {
          let reason = fieldDef.deprecationReason;
          errors.push(new GraphQLError(`The field '${parentType.name}.${fieldDef.name}' is deprecated.${reason ? " " + reason : ""}`, { nodes: [node] }));
        }
      }
    },
    EnumValue(node) {
      let enumVal = typeInfo.getEnumValue();
      if (enumVal && isDeprecated(enumVal)) {
        let type = getNamedType(typeInfo.getInputType());
        if (type) {
          let reason = enumVal.deprecationReason;
          errors.push(new GraphQLError(`The enum value '${type.name}.${enumVal.name}' is deprecated.${reason ? " " + reason : ""}`, { nodes: [node] }));
        }
      }
    }
  })), errors;
}
function removeFieldIfDirectives(node, directiveNames) {
  return node.directives?.some((d) => directiveNames.includes(d.name.value)) ? null : node;
}
function removeDirectives(node, directiveNames) {
  return node.directives ? {
    ...node,
    directives: node.directives.filter((d) => !directiveNames.includes(d.name.value))
  } : node;
}
function getReachableTypes(schema) {
  let reachableTypes = /* @__PURE__ */ new Set(), collect = (type) => {
    let typeName = type.name;
    if (!reachableTypes.has(typeName) && (reachableTypes.add(typeName), !isScalarType(type))) {
      if (isInterfaceType(type) || isObjectType(type)) {
        if (isInterfaceType(type)) {
          let { objects, interfaces } = schema.getImplementations(type);
          for (let child of objects)
            collect(child);
          for (let child of interfaces)
            collect(child);
        }
        let fields = type.getFields();
        for (let fieldName in fields) {
          let field = fields[fieldName];
          collect(resolveOutputType(field.type));
          let args = field.args;
          for (let argName in args) {
            let arg = args[argName];
            collect(resolveInputType(arg.type));
          }
        }
      } else if (isUnionType(type)) {
        let types = type.getTypes();
        for (let child of types)
          collect(child);
      } else if (isInputObjectType(type)) {
        let fields = type.getFields();
        for (let fieldName in fields) {
          let field = fields[fieldName];
          collect(resolveInputType(field.type));
        }
      }
    }
  };
  for (let type of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType()
  ])
    type && collect(type);
  return reachableTypes;
}
function resolveOutputType(output) {
  return isListType(output) || isNonNullType(output) ? resolveOutputType(output.ofType) : output;
}
function resolveInputType(input) {
  return isListType(input) || isNonNullType(input) ? resolveInputType(input.ofType) : input;
}

// node_modules/@graphql-inspector/core/esm/coverage/index.js
function coverage(schema, sources) {
  let coverage2 = {
    sources,
    types: {},
    stats: {
      numTypes: 0,
      numTypesCoveredFully: 0,
      numTypesCovered: 0,
      numFields: 0,
      numFieldsCovered: 0,
      numFiledsCovered: 0,
      numQueries: 0,
      numCoveredQueries: 0,
      numMutations: 0,
      numCoveredMutations: 0,
      numSubscriptions: 0,
      numCoveredSubscriptions: 0
    }
  }, typeMap = schema.getTypeMap(), typeInfo = new TypeInfo(schema), visitor = (source) => ({
    Field(node) {
      let fieldDef = typeInfo.getFieldDef(), parent = typeInfo.getParentType();
      if (parent?.name && !isForIntrospection(parent.name) && fieldDef?.name && fieldDef.name !== "__typename" && fieldDef.name !== "__schema") {
        let sourceName = source.name, typeCoverage = coverage2.types[parent.name], fieldCoverage = typeCoverage.children[fieldDef.name], locations = fieldCoverage.locations[sourceName];
        switch (typeCoverage.type.name) {
          case "Query":
            coverage2.stats.numCoveredQueries++;
            break;
          case "Mutation":
            coverage2.stats.numCoveredMutations++;
            break;
          case "Subscription":
            coverage2.stats.numCoveredSubscriptions++;
            break;
        }
        if (typeCoverage.hits++, fieldCoverage.hits++, node.loc && (fieldCoverage.locations[sourceName] = [node.loc, ...locations || []]), node.arguments)
          for (let argNode of node.arguments) {
            let argCoverage = fieldCoverage.children[argNode.name.value];
            argCoverage.hits++, argNode.loc && (argCoverage.locations[sourceName] = [
              argNode.loc,
              ...argCoverage.locations[sourceName] || []
            ]);
          }
      }
    }
  });
  for (let typename in typeMap)
    if (!isForIntrospection(typename) && !isPrimitive(typename)) {
      let type = typeMap[typename];
      if (isObjectType(type) || isInterfaceType(type)) {
        let typeCoverage = {
          hits: 0,
          fieldsCount: 0,
          fieldsCountCovered: 0,
          type,
          children: {}
        }, fieldMap = type.getFields();
        for (let fieldname in fieldMap) {
          if (isObjectType(type) || isInterfaceType(type))
            switch (type.name) {
              case "Query":
                coverage2.stats.numQueries++;
                break;
              case "Mutation":
                coverage2.stats.numMutations++;
                break;
              case "Subscription":
                coverage2.stats.numSubscriptions++;
                break;
            }
          let field = fieldMap[fieldname];
          typeCoverage.children[field.name] = {
            hits: 0,
            fieldsCount: 0,
            fieldsCountCovered: 0,
            locations: {},
            children: {}
          };
          for (let arg of field.args)
            typeCoverage.children[field.name].children[arg.name] = {
              hits: 0,
              fieldsCount: 0,
              fieldsCountCovered: 0,
              locations: {}
            };
        }
        coverage2.types[type.name] = typeCoverage;
      }
    }
  let documents = coverage2.sources.map(readDocument);
  for (let [i, doc] of documents.entries()) {
    let source = coverage2.sources[i];
    for (let op of doc.operations)
      visit(op.node, visitWithTypeInfo(typeInfo, visitor(source)));
    for (let fr of doc.fragments)
      visit(fr.node, visitWithTypeInfo(typeInfo, visitor(source)));
  }
  for (let key in coverage2.types) {
    let me = coverage2.types[key];
    processStats(me), coverage2.stats.numTypes++, me.fieldsCountCovered > 0 && coverage2.stats.numTypesCovered++, me.fieldsCount === me.fieldsCountCovered && coverage2.stats.numTypesCoveredFully++, coverage2.stats.numFields += me.fieldsCount, coverage2.stats.numFieldsCovered += me.fieldsCountCovered, coverage2.stats.numFiledsCovered = coverage2.stats.numFieldsCovered;
  }
  return coverage2;
}
function processStats(me) {
  let children = me.children;
  if (children)
    for (let k in children) {
      let ch = children[k];
      ch.children !== void 0 && (processStats(ch), me.fieldsCount += ch.fieldsCount, me.fieldsCountCovered += ch.fieldsCountCovered), me.fieldsCount++, ch.hits > 0 && me.fieldsCountCovered++;
    }
}

// node_modules/@graphql-inspector/core/esm/diff/rules/index.js
var rules_exports = {};
__export(rules_exports, {
  considerUsage: () => considerUsage,
  dangerousBreaking: () => dangerousBreaking,
  ignoreDescriptionChanges: () => ignoreDescriptionChanges,
  ignoreDirectives: () => ignoreDirectives,
  safeUnreachable: () => safeUnreachable,
  simplifyChanges: () => simplifyChanges,
  suppressRemovalOfDeprecatedField: () => suppressRemovalOfDeprecatedField
});

// node_modules/@graphql-inspector/core/esm/utils/path.js
function parsePath(path) {
  return path.split(".");
}

// node_modules/@graphql-inspector/core/esm/diff/changes/change.js
var CriticalityLevel;
(function(CriticalityLevel2) {
  CriticalityLevel2.Breaking = "BREAKING", CriticalityLevel2.NonBreaking = "NON_BREAKING", CriticalityLevel2.Dangerous = "DANGEROUS";
})(CriticalityLevel || (CriticalityLevel = {}));
var ChangeType = {
  // Argument
  FieldArgumentDescriptionChanged: "FIELD_ARGUMENT_DESCRIPTION_CHANGED",
  FieldArgumentDefaultChanged: "FIELD_ARGUMENT_DEFAULT_CHANGED",
  FieldArgumentTypeChanged: "FIELD_ARGUMENT_TYPE_CHANGED",
  // Directive
  DirectiveRemoved: "DIRECTIVE_REMOVED",
  DirectiveAdded: "DIRECTIVE_ADDED",
  DirectiveDescriptionChanged: "DIRECTIVE_DESCRIPTION_CHANGED",
  DirectiveLocationAdded: "DIRECTIVE_LOCATION_ADDED",
  DirectiveLocationRemoved: "DIRECTIVE_LOCATION_REMOVED",
  DirectiveArgumentAdded: "DIRECTIVE_ARGUMENT_ADDED",
  DirectiveArgumentRemoved: "DIRECTIVE_ARGUMENT_REMOVED",
  DirectiveArgumentDescriptionChanged: "DIRECTIVE_ARGUMENT_DESCRIPTION_CHANGED",
  DirectiveArgumentDefaultValueChanged: "DIRECTIVE_ARGUMENT_DEFAULT_VALUE_CHANGED",
  DirectiveArgumentTypeChanged: "DIRECTIVE_ARGUMENT_TYPE_CHANGED",
  DirectiveRepeatableAdded: "DIRECTIVE_REPEATABLE_ADDED",
  DirectiveRepeatableRemoved: "DIRECTIVE_REPEATABLE_REMOVED",
  // Enum
  EnumValueRemoved: "ENUM_VALUE_REMOVED",
  EnumValueAdded: "ENUM_VALUE_ADDED",
  EnumValueDescriptionChanged: "ENUM_VALUE_DESCRIPTION_CHANGED",
  EnumValueDeprecationReasonChanged: "ENUM_VALUE_DEPRECATION_REASON_CHANGED",
  EnumValueDeprecationReasonAdded: "ENUM_VALUE_DEPRECATION_REASON_ADDED",
  EnumValueDeprecationReasonRemoved: "ENUM_VALUE_DEPRECATION_REASON_REMOVED",
  // Field
  FieldRemoved: "FIELD_REMOVED",
  FieldAdded: "FIELD_ADDED",
  FieldDescriptionChanged: "FIELD_DESCRIPTION_CHANGED",
  FieldDescriptionAdded: "FIELD_DESCRIPTION_ADDED",
  FieldDescriptionRemoved: "FIELD_DESCRIPTION_REMOVED",
  FieldDeprecationAdded: "FIELD_DEPRECATION_ADDED",
  FieldDeprecationRemoved: "FIELD_DEPRECATION_REMOVED",
  FieldDeprecationReasonChanged: "FIELD_DEPRECATION_REASON_CHANGED",
  FieldDeprecationReasonAdded: "FIELD_DEPRECATION_REASON_ADDED",
  FieldDeprecationReasonRemoved: "FIELD_DEPRECATION_REASON_REMOVED",
  FieldTypeChanged: "FIELD_TYPE_CHANGED",
  FieldArgumentAdded: "FIELD_ARGUMENT_ADDED",
  FieldArgumentRemoved: "FIELD_ARGUMENT_REMOVED",
  // Input
  InputFieldRemoved: "INPUT_FIELD_REMOVED",
  InputFieldAdded: "INPUT_FIELD_ADDED",
  InputFieldDescriptionAdded: "INPUT_FIELD_DESCRIPTION_ADDED",
  InputFieldDescriptionRemoved: "INPUT_FIELD_DESCRIPTION_REMOVED",
  InputFieldDescriptionChanged: "INPUT_FIELD_DESCRIPTION_CHANGED",
  InputFieldDefaultValueChanged: "INPUT_FIELD_DEFAULT_VALUE_CHANGED",
  InputFieldTypeChanged: "INPUT_FIELD_TYPE_CHANGED",
  // Type
  ObjectTypeInterfaceAdded: "OBJECT_TYPE_INTERFACE_ADDED",
  ObjectTypeInterfaceRemoved: "OBJECT_TYPE_INTERFACE_REMOVED",
  // Schema
  SchemaQueryTypeChanged: "SCHEMA_QUERY_TYPE_CHANGED",
  SchemaMutationTypeChanged: "SCHEMA_MUTATION_TYPE_CHANGED",
  SchemaSubscriptionTypeChanged: "SCHEMA_SUBSCRIPTION_TYPE_CHANGED",
  // Type
  TypeRemoved: "TYPE_REMOVED",
  TypeAdded: "TYPE_ADDED",
  TypeKindChanged: "TYPE_KIND_CHANGED",
  TypeDescriptionChanged: "TYPE_DESCRIPTION_CHANGED",
  TypeDescriptionRemoved: "TYPE_DESCRIPTION_REMOVED",
  TypeDescriptionAdded: "TYPE_DESCRIPTION_ADDED",
  // Union
  UnionMemberRemoved: "UNION_MEMBER_REMOVED",
  UnionMemberAdded: "UNION_MEMBER_ADDED",
  // Directive Usage
  DirectiveUsageUnionMemberAdded: "DIRECTIVE_USAGE_UNION_MEMBER_ADDED",
  DirectiveUsageUnionMemberRemoved: "DIRECTIVE_USAGE_UNION_MEMBER_REMOVED",
  DirectiveUsageEnumAdded: "DIRECTIVE_USAGE_ENUM_ADDED",
  DirectiveUsageEnumRemoved: "DIRECTIVE_USAGE_ENUM_REMOVED",
  DirectiveUsageEnumValueAdded: "DIRECTIVE_USAGE_ENUM_VALUE_ADDED",
  DirectiveUsageEnumValueRemoved: "DIRECTIVE_USAGE_ENUM_VALUE_REMOVED",
  DirectiveUsageInputObjectAdded: "DIRECTIVE_USAGE_INPUT_OBJECT_ADDED",
  DirectiveUsageInputObjectRemoved: "DIRECTIVE_USAGE_INPUT_OBJECT_REMOVED",
  DirectiveUsageFieldAdded: "DIRECTIVE_USAGE_FIELD_ADDED",
  DirectiveUsageFieldRemoved: "DIRECTIVE_USAGE_FIELD_REMOVED",
  DirectiveUsageScalarAdded: "DIRECTIVE_USAGE_SCALAR_ADDED",
  DirectiveUsageScalarRemoved: "DIRECTIVE_USAGE_SCALAR_REMOVED",
  DirectiveUsageObjectAdded: "DIRECTIVE_USAGE_OBJECT_ADDED",
  DirectiveUsageObjectRemoved: "DIRECTIVE_USAGE_OBJECT_REMOVED",
  DirectiveUsageInterfaceAdded: "DIRECTIVE_USAGE_INTERFACE_ADDED",
  DirectiveUsageInterfaceRemoved: "DIRECTIVE_USAGE_INTERFACE_REMOVED",
  DirectiveUsageArgumentDefinitionAdded: "DIRECTIVE_USAGE_ARGUMENT_DEFINITION_ADDED",
  DirectiveUsageArgumentDefinitionRemoved: "DIRECTIVE_USAGE_ARGUMENT_DEFINITION_REMOVED",
  DirectiveUsageSchemaAdded: "DIRECTIVE_USAGE_SCHEMA_ADDED",
  DirectiveUsageSchemaRemoved: "DIRECTIVE_USAGE_SCHEMA_REMOVED",
  DirectiveUsageFieldDefinitionAdded: "DIRECTIVE_USAGE_FIELD_DEFINITION_ADDED",
  DirectiveUsageFieldDefinitionRemoved: "DIRECTIVE_USAGE_FIELD_DEFINITION_REMOVED",
  DirectiveUsageInputFieldDefinitionAdded: "DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_ADDED",
  DirectiveUsageInputFieldDefinitionRemoved: "DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_REMOVED",
  DirectiveUsageArgumentAdded: "DIRECTIVE_USAGE_ARGUMENT_ADDED",
  DirectiveUsageArgumentRemoved: "DIRECTIVE_USAGE_ARGUMENT_REMOVED"
};

// node_modules/@graphql-inspector/core/esm/diff/rules/consider-usage.js
var considerUsage = async ({ changes, config }) => {
  if (!config)
    throw new Error("considerUsage rule is missing config");
  let collectedBreakingField = [];
  for (let change of changes)
    if (change.criticality.level === CriticalityLevel.Breaking && change.path) {
      let [typeName, fieldName, argumentName] = parsePath(change.path);
      collectedBreakingField.push({
        type: typeName,
        field: fieldName,
        argument: argumentName,
        meta: {
          change
        }
      });
    }
  let usageList = await config.checkUsage(collectedBreakingField), suppressedPaths = collectedBreakingField.filter((_, i) => usageList[i] === !0).map(({ type, field, argument }) => [type, field, argument].filter(Boolean).join("."));
  return changes.map((change) => change.criticality.level === CriticalityLevel.Breaking && change.path && suppressedPaths.some((p) => change.path.startsWith(p)) ? {
    ...change,
    criticality: {
      ...change.criticality,
      level: CriticalityLevel.Dangerous,
      isSafeBasedOnUsage: !0
    },
    message: `${change.message} (non-breaking based on usage)`
  } : change);
};

// node_modules/@graphql-inspector/core/esm/diff/rules/dangerous-breaking.js
var dangerousBreaking = ({ changes }) => changes.map((change) => change.criticality.level === CriticalityLevel.Dangerous ? {
  ...change,
  criticality: {
    ...change.criticality,
    level: CriticalityLevel.Breaking
  }
} : change);

// node_modules/@graphql-inspector/core/esm/diff/rules/ignore-description-changes.js
var descriptionChangeTypes = [
  ChangeType.FieldArgumentDescriptionChanged,
  ChangeType.DirectiveDescriptionChanged,
  ChangeType.DirectiveArgumentDescriptionChanged,
  ChangeType.EnumValueDescriptionChanged,
  ChangeType.FieldDescriptionChanged,
  ChangeType.FieldDescriptionAdded,
  ChangeType.FieldDescriptionRemoved,
  ChangeType.InputFieldDescriptionAdded,
  ChangeType.InputFieldDescriptionRemoved,
  ChangeType.InputFieldDescriptionChanged,
  ChangeType.TypeDescriptionChanged
], ignoreDescriptionChanges = ({ changes }) => changes.filter((change) => !descriptionChangeTypes.includes(change.type));

// node_modules/@graphql-inspector/core/esm/diff/rules/safe-unreachable.js
var safeUnreachable = ({ changes, oldSchema }) => {
  let reachable = oldSchema ? getReachableTypes(oldSchema) : /* @__PURE__ */ new Set();
  return changes.map((change) => {
    if (change.criticality.level === CriticalityLevel.Breaking && change.path) {
      let [typeName] = parsePath(change.path);
      if (!reachable.has(typeName))
        return {
          ...change,
          criticality: {
            ...change.criticality,
            level: CriticalityLevel.NonBreaking
          },
          message: "Unreachable from root"
        };
    }
    return change;
  });
};

// node_modules/@graphql-inspector/core/esm/diff/rules/suppress-removal-of-deprecated-field.js
var suppressRemovalOfDeprecatedField = ({ changes, oldSchema, newSchema }) => changes.map((change) => {
  if (change.type === ChangeType.FieldRemoved && change.criticality.level === CriticalityLevel.Breaking && change.path) {
    let [typeName, fieldName] = parsePath(change.path), type = oldSchema?.getType(typeName);
    if (isObjectType(type) || isInterfaceType(type)) {
      let field = type.getFields()[fieldName];
      if (isDeprecated(field))
        return {
          ...change,
          criticality: {
            ...change.criticality,
            level: CriticalityLevel.Dangerous
          }
        };
    }
  }
  if (change.type === ChangeType.EnumValueRemoved && change.criticality.level === CriticalityLevel.Breaking && change.path) {
    let [enumName, enumItem] = parsePath(change.path), type = oldSchema?.getType(enumName);
    if (isEnumType(type)) {
      let item = type.getValue(enumItem);
      if (item && isDeprecated(item))
        return {
          ...change,
          criticality: {
            ...change.criticality,
            level: CriticalityLevel.Dangerous
          }
        };
    }
  }
  if (change.type === ChangeType.InputFieldRemoved && change.criticality.level === CriticalityLevel.Breaking && change.path) {
    let [inputName, inputItem] = parsePath(change.path), type = oldSchema?.getType(inputName);
    if (isInputObjectType(type)) {
      let item = type.getFields()[inputItem];
      if (item && isDeprecated(item))
        return {
          ...change,
          criticality: {
            ...change.criticality,
            level: CriticalityLevel.Dangerous
          }
        };
    }
  }
  if (change.type === ChangeType.TypeRemoved && change.criticality.level === CriticalityLevel.Breaking && change.path) {
    let [typeName] = parsePath(change.path);
    if (!newSchema?.getType(typeName))
      return {
        ...change,
        criticality: {
          ...change.criticality,
          level: CriticalityLevel.Dangerous
        }
      };
  }
  return change;
});

// node_modules/@graphql-inspector/core/esm/diff/rules/ignore-usage-directives.js
var ignoreDirectives = ({ changes, config }) => {
  if (!config?.ignoredDirectives?.length)
    return changes;
  let ignoredDirectiveSet = new Set(config.ignoredDirectives);
  return changes.filter((change) => {
    if (change.type === ChangeType && change.path) {
      let directiveName = change.path.split(".")[1];
      return !ignoredDirectiveSet.has(directiveName);
    }
    return !0;
  });
};

// node_modules/@graphql-inspector/core/esm/diff/rules/simplify-changes.js
var simpleChangeTypes = /* @__PURE__ */ new Set([
  ChangeType.DirectiveAdded,
  ChangeType.DirectiveArgumentAdded,
  ChangeType.DirectiveLocationAdded,
  ChangeType.DirectiveUsageArgumentAdded,
  ChangeType.DirectiveUsageArgumentDefinitionAdded,
  ChangeType.DirectiveUsageEnumAdded,
  ChangeType.DirectiveUsageEnumValueAdded,
  ChangeType.DirectiveUsageFieldAdded,
  ChangeType.DirectiveUsageFieldDefinitionAdded,
  ChangeType.DirectiveUsageInputFieldDefinitionAdded,
  ChangeType.DirectiveUsageInputObjectAdded,
  ChangeType.DirectiveUsageInterfaceAdded,
  ChangeType.DirectiveUsageObjectAdded,
  ChangeType.DirectiveUsageScalarAdded,
  ChangeType.DirectiveUsageSchemaAdded,
  ChangeType.DirectiveUsageUnionMemberAdded,
  ChangeType.EnumValueAdded,
  ChangeType.EnumValueDeprecationReasonAdded,
  ChangeType.FieldAdded,
  ChangeType.FieldArgumentAdded,
  ChangeType.FieldDeprecationAdded,
  // These are not additions -- but this is necessary to eliminate nested removals for directives
  // because the deprecationReasons are redundant with directives
  ChangeType.FieldDeprecationRemoved,
  ChangeType.FieldDeprecationReasonChanged,
  ChangeType.EnumValueDeprecationReasonChanged,
  ChangeType.FieldDeprecationReasonAdded,
  ChangeType.FieldDescriptionAdded,
  ChangeType.InputFieldAdded,
  ChangeType.InputFieldDescriptionAdded,
  ChangeType.ObjectTypeInterfaceAdded,
  ChangeType.TypeAdded,
  ChangeType.TypeDescriptionAdded,
  ChangeType.UnionMemberAdded
]), parentPath = (path) => {
  let lastDividerIndex = path.lastIndexOf(".");
  return lastDividerIndex === -1 ? path : path.substring(0, lastDividerIndex);
}, simplifyChanges = ({ changes }) => {
  let changePaths = [];
  return changes.filter(({ path, type }) => {
    if (path) {
      let parent = parentPath(path), hasChangedParent = changePaths.filter((matchedPath) => matchedPath === parent || matchedPath === path).length > 0;
      return simpleChangeTypes.has(type) && changePaths.push(path), !hasChangedParent;
    }
    return !0;
  });
};

// node_modules/@graphql-inspector/core/esm/utils/compare.js
function keyMap(list, keyFn) {
  return list.reduce((map, item) => (map[keyFn(item)] = item, map), /* @__PURE__ */ Object.create(null));
}
function isEqual(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return !1;
    for (let index = 0; index < a.length; index++)
      if (!isEqual(a[index], b[index]))
        return !1;
    return !0;
  }
  if (a && b && typeof a == "object" && typeof b == "object") {
    let aRecord = a, bRecord = b, aKeys = Object.keys(aRecord), bKeys = Object.keys(bRecord);
    if (aKeys.length !== bKeys.length)
      return !1;
    for (let key of aKeys)
      if (!isEqual(aRecord[key], bRecord[key]))
        return !1;
    return !0;
  }
  return a === b || !a && !b;
}
function isNotEqual(a, b) {
  return !isEqual(a, b);
}
function isVoid(a) {
  return typeof a > "u" || a === null;
}
function diffArrays(a, b) {
  return a.filter((c) => !b.some((d) => isEqual(d, c)));
}
function extractName(name) {
  return typeof name == "string" ? name : name.value;
}
function compareLists(oldList, newList, callbacks) {
  let oldMap = keyMap(oldList, ({ name }) => extractName(name)), newMap = keyMap(newList, ({ name }) => extractName(name)), added = [], removed = [], mutual = [];
  for (let oldItem of oldList) {
    let newItem = newMap[extractName(oldItem.name)] ?? null;
    newItem === null ? removed.push(oldItem) : mutual.push({
      newVersion: newItem,
      oldVersion: oldItem ?? null
    });
  }
  for (let newItem of newList)
    oldMap[extractName(newItem.name)] === void 0 && added.push(newItem);
  if (callbacks) {
    if (callbacks.onRemoved)
      for (let item of removed)
        callbacks.onRemoved(item);
    if (callbacks.onAdded)
      for (let item of added)
        callbacks.onAdded(item);
    if (callbacks.onMutual)
      for (let item of mutual)
        callbacks.onMutual(item);
  }
  return {
    added,
    removed,
    mutual
  };
}
function compareDirectiveLists(oldList, newList, callbacks) {
  let oldMap = keyMapList(oldList, ({ name }) => extractName(name)), newMap = keyMapList(newList, ({ name }) => extractName(name)), added = [], removed = [], mutual = [];
  for (let oldItem of oldList) {
    let newItems = newMap[extractName(oldItem.name)] ?? null;
    if (newItems === null)
      removed.push(oldItem);
    else {
      let [newItem, ...rest] = newItems;
      rest.length > 0 ? newMap[extractName(oldItem.name)] = rest : delete newMap[extractName(oldItem.name)], mutual.push({
        newVersion: newItem,
        oldVersion: oldItem ?? null
      });
    }
  }
  for (let newItem of newList) {
    let existingItems = oldMap[extractName(newItem.name)] ?? null;
    if (existingItems === null)
      added.push(newItem);
    else {
      let [_, ...rest] = existingItems;
      rest.length > 0 ? oldMap[extractName(newItem.name)] = rest : delete oldMap[extractName(newItem.name)];
    }
  }
  if (callbacks) {
    if (callbacks.onRemoved)
      for (let item of removed)
        callbacks.onRemoved(item);
    if (callbacks.onAdded)
      for (let item of added)
        callbacks.onAdded(item);
    if (callbacks.onMutual)
      for (let item of mutual)
        callbacks.onMutual(item);
  }
  return {
    added,
    removed,
    mutual
  };
}
function keyMapList(list, keyFn) {
  return list.reduce((map, item) => {
    let key = keyFn(item);
    return map[key] = [...map[key] ?? [], item], map;
  }, /* @__PURE__ */ Object.create(null));
}

// node_modules/@graphql-inspector/core/esm/diff/changes/directive-usage.js
function addedSpecialDirective(directiveName, forceReturn) {
  return directiveName === "deprecated" ? CriticalityLevel.NonBreaking : directiveName === "oneOf" ? CriticalityLevel.Breaking : forceReturn;
}
function removedSpecialDirective(directiveName, forceReturn) {
  return directiveName === "deprecated" ? CriticalityLevel.NonBreaking : directiveName === "oneOf" ? CriticalityLevel.NonBreaking : forceReturn;
}
function buildDirectiveUsageArgumentDefinitionAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to argument '${args.argumentName}' of field '${args.fieldName}' in type '${args.typeName}'`;
}
function directiveUsageArgumentDefinitionAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to argument '${args.meta.argumentName}'`
    },
    type: ChangeType.DirectiveUsageArgumentDefinitionAdded,
    message: buildDirectiveUsageArgumentDefinitionAddedMessage(args.meta),
    path: [
      args.meta.typeName,
      args.meta.fieldName,
      args.meta.argumentName,
      `@${args.meta.addedDirectiveName}`
    ].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageArgumentDefinitionRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from argument '${args.argumentName}' of field '${args.fieldName}' in type '${args.typeName}'`;
}
function directiveUsageArgumentDefinitionRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from argument '${args.meta.argumentName}'`
    },
    type: ChangeType.DirectiveUsageArgumentDefinitionRemoved,
    message: buildDirectiveUsageArgumentDefinitionRemovedMessage(args.meta),
    path: [
      args.meta.typeName,
      args.meta.fieldName,
      args.meta.argumentName,
      `@${args.meta.removedDirectiveName}`
    ].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageInputObjectAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to input object '${args.inputObjectName}'`;
}
function directiveUsageInputObjectAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to input object '${args.meta.inputObjectName}'`
    },
    type: ChangeType.DirectiveUsageInputObjectAdded,
    message: buildDirectiveUsageInputObjectAddedMessage(args.meta),
    path: [args.meta.inputObjectName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageInputObjectRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from input object '${args.inputObjectName}'`;
}
function directiveUsageInputObjectRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from input object '${args.meta.inputObjectName}'`
    },
    type: ChangeType.DirectiveUsageInputObjectRemoved,
    message: buildDirectiveUsageInputObjectRemovedMessage(args.meta),
    path: [args.meta.inputObjectName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageInterfaceAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to interface '${args.interfaceName}'`;
}
function directiveUsageInterfaceAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to interface '${args.meta.interfaceName}'`
    },
    type: ChangeType.DirectiveUsageInterfaceAdded,
    message: buildDirectiveUsageInterfaceAddedMessage(args.meta),
    path: [args.meta.interfaceName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageInterfaceRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from interface '${args.interfaceName}'`;
}
function directiveUsageInterfaceRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from interface '${args.meta.interfaceName}'`
    },
    type: ChangeType.DirectiveUsageInterfaceRemoved,
    message: buildDirectiveUsageInterfaceRemovedMessage(args.meta),
    path: [args.meta.interfaceName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageInputFieldDefinitionAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to input field '${args.inputFieldName}' in input object '${args.inputObjectName}'`;
}
function directiveUsageInputFieldDefinitionAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to input field '${args.meta.inputFieldName}'`
    },
    type: ChangeType.DirectiveUsageInputFieldDefinitionAdded,
    message: buildDirectiveUsageInputFieldDefinitionAddedMessage(args.meta),
    path: [
      args.meta.inputObjectName,
      args.meta.inputFieldName,
      `@${args.meta.addedDirectiveName}`
    ].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageInputFieldDefinitionRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from input field '${args.inputFieldName}' in input object '${args.inputObjectName}'`;
}
function directiveUsageInputFieldDefinitionRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from input field '${args.meta.inputFieldName}'`
    },
    type: ChangeType.DirectiveUsageInputFieldDefinitionRemoved,
    message: buildDirectiveUsageInputFieldDefinitionRemovedMessage(args.meta),
    path: [
      args.meta.inputObjectName,
      args.meta.inputFieldName,
      `@${args.meta.removedDirectiveName}`
    ].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageObjectAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to object '${args.objectName}'`;
}
function directiveUsageObjectAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to object '${args.meta.objectName}'`
    },
    type: ChangeType.DirectiveUsageObjectAdded,
    message: buildDirectiveUsageObjectAddedMessage(args.meta),
    path: [args.meta.objectName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageObjectRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from object '${args.objectName}'`;
}
function directiveUsageObjectRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from object '${args.meta.objectName}'`
    },
    type: ChangeType.DirectiveUsageObjectRemoved,
    message: buildDirectiveUsageObjectRemovedMessage(args.meta),
    path: [args.meta.objectName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageEnumAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to enum '${args.enumName}'`;
}
function directiveUsageEnumAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to enum '${args.meta.enumName}'`
    },
    type: ChangeType.DirectiveUsageEnumAdded,
    message: buildDirectiveUsageEnumAddedMessage(args.meta),
    path: [args.meta.enumName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageEnumRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from enum '${args.enumName}'`;
}
function directiveUsageEnumRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from enum '${args.meta.enumName}'`
    },
    type: ChangeType.DirectiveUsageEnumRemoved,
    message: buildDirectiveUsageEnumRemovedMessage(args.meta),
    path: [args.meta.enumName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageFieldAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to field '${args.typeName}.${args.fieldName}'`;
}
function directiveUsageFieldAddedFromMeta(args) {
  return {
    criticality: {
      level: addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to field '${args.meta.fieldName}'`
    },
    type: ChangeType.DirectiveUsageFieldAdded,
    message: buildDirectiveUsageFieldAddedMessage(args.meta),
    path: [args.meta.typeName, args.meta.fieldName, args.meta.addedDirectiveName].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageFieldDefinitionAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to field '${args.typeName}.${args.fieldName}'`;
}
function directiveUsageFieldDefinitionAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to field '${args.meta.fieldName}'`
    },
    type: ChangeType.DirectiveUsageFieldDefinitionAdded,
    message: buildDirectiveUsageFieldDefinitionAddedMessage(args.meta),
    path: [args.meta.typeName, args.meta.fieldName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageFieldRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from field '${args.typeName}.${args.fieldName}'`;
}
function directiveUsageFieldRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from field '${args.meta.fieldName}'`
    },
    type: ChangeType.DirectiveUsageFieldRemoved,
    message: buildDirectiveUsageFieldRemovedMessage(args.meta),
    path: [args.meta.typeName, args.meta.fieldName, args.meta.removedDirectiveName].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageFieldDefinitionRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from field '${args.typeName}.${args.fieldName}'`;
}
function directiveUsageFieldDefinitionRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from field '${args.meta.fieldName}'`
    },
    type: ChangeType.DirectiveUsageFieldDefinitionRemoved,
    message: buildDirectiveUsageFieldDefinitionRemovedMessage(args.meta),
    path: [args.meta.typeName, args.meta.fieldName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageEnumValueAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to enum value '${args.enumName}.${args.enumValueName}'`;
}
function directiveUsageEnumValueAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to enum value '${args.meta.enumName}.${args.meta.enumValueName}'`
    },
    type: ChangeType.DirectiveUsageEnumValueAdded,
    message: buildDirectiveUsageEnumValueAddedMessage(args.meta),
    path: [args.meta.enumName, args.meta.enumValueName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageEnumValueRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from enum value '${args.enumName}.${args.enumValueName}'`;
}
function directiveUsageEnumValueRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from enum value '${args.meta.enumName}.${args.meta.enumValueName}'`
    },
    type: ChangeType.DirectiveUsageEnumValueRemoved,
    message: buildDirectiveUsageEnumValueRemovedMessage(args.meta),
    path: [args.meta.enumName, args.meta.enumValueName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageSchemaAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to schema`;
}
function directiveUsageSchemaAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to schema`
    },
    type: ChangeType.DirectiveUsageSchemaAdded,
    message: buildDirectiveUsageSchemaAddedMessage(args.meta),
    path: `.@${args.meta.addedDirectiveName}`,
    meta: args.meta
  };
}
function buildDirectiveUsageSchemaRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from schema`;
}
function directiveUsageSchemaRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from schema`
    },
    type: ChangeType.DirectiveUsageSchemaRemoved,
    message: buildDirectiveUsageSchemaRemovedMessage(args.meta),
    path: `.@${args.meta.removedDirectiveName}`,
    meta: args.meta
  };
}
function buildDirectiveUsageScalarAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to scalar '${args.scalarName}'`;
}
function directiveUsageScalarAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to scalar '${args.meta.scalarName}'`
    },
    type: ChangeType.DirectiveUsageScalarAdded,
    message: buildDirectiveUsageScalarAddedMessage(args.meta),
    path: [args.meta.scalarName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageScalarRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from scalar '${args.scalarName}'`;
}
function directiveUsageScalarRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from scalar '${args.meta.scalarName}'`
    },
    type: ChangeType.DirectiveUsageScalarRemoved,
    message: buildDirectiveUsageScalarRemovedMessage(args.meta),
    path: [args.meta.scalarName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageUnionMemberAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added to union member '${args.unionName}'`;
}
function directiveUsageUnionMemberAddedFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : addedSpecialDirective(args.meta.addedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.addedDirectiveName}' was added to union member '${args.meta.unionName}.${args.meta.addedUnionMemberTypeName}'`
    },
    type: ChangeType.DirectiveUsageUnionMemberAdded,
    message: buildDirectiveUsageUnionMemberAddedMessage(args.meta),
    path: [args.meta.unionName, `@${args.meta.addedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function buildDirectiveUsageUnionMemberRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed from union member '${args.unionName}'`;
}
function directiveUsageUnionMemberRemovedFromMeta(args) {
  return {
    criticality: {
      level: removedSpecialDirective(args.meta.removedDirectiveName, CriticalityLevel.Dangerous),
      reason: `Directive '${args.meta.removedDirectiveName}' was removed from union member '${args.meta.unionName}.${args.meta.removedUnionMemberTypeName}'`
    },
    type: ChangeType.DirectiveUsageUnionMemberRemoved,
    message: buildDirectiveUsageUnionMemberRemovedMessage(args.meta),
    path: [args.meta.unionName, `@${args.meta.removedDirectiveName}`].join("."),
    meta: args.meta
  };
}
function directiveUsageAdded(kind, directive, payload, addedToNewType) {
  return isOfKind(kind, Kind.ARGUMENT, payload) ? directiveUsageArgumentDefinitionAddedFromMeta({
    type: ChangeType.DirectiveUsageArgumentDefinitionAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      argumentName: payload.argument.name,
      fieldName: payload.field.name,
      typeName: payload.type.name,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.argument.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.INPUT_VALUE_DEFINITION, payload) ? directiveUsageInputFieldDefinitionAddedFromMeta({
    type: ChangeType.DirectiveUsageInputFieldDefinitionAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      inputFieldName: payload.field.name,
      inputFieldType: payload.field.type.toString(),
      inputObjectName: payload.type.name,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.field.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.INPUT_OBJECT_TYPE_DEFINITION, payload) ? directiveUsageInputObjectAddedFromMeta({
    type: ChangeType.DirectiveUsageInputObjectAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      addedInputFieldName: directive.name.value,
      addedInputFieldType: payload.name,
      inputObjectName: payload.name,
      isAddedInputFieldTypeNullable: kind === Kind.INPUT_VALUE_DEFINITION,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.INTERFACE_TYPE_DEFINITION, payload) ? directiveUsageInterfaceAddedFromMeta({
    type: ChangeType.DirectiveUsageInterfaceAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      interfaceName: payload.name,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.OBJECT, payload) ? directiveUsageObjectAddedFromMeta({
    type: ChangeType.DirectiveUsageObjectAdded,
    meta: {
      objectName: payload.name,
      addedDirectiveName: directive.name.value,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.ENUM_TYPE_DEFINITION, payload) ? directiveUsageEnumAddedFromMeta({
    type: ChangeType.DirectiveUsageEnumAdded,
    meta: {
      enumName: payload.name,
      addedDirectiveName: directive.name.value,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.FIELD, payload) ? directiveUsageFieldAddedFromMeta({
    type: ChangeType.DirectiveUsageFieldAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      fieldName: payload.field.name,
      typeName: payload.parentType.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.field.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.FIELD_DEFINITION, payload) ? directiveUsageFieldDefinitionAddedFromMeta({
    type: ChangeType.DirectiveUsageFieldDefinitionAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      fieldName: payload.field.name,
      typeName: payload.parentType.name,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.field.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.UNION_TYPE_DEFINITION, payload) ? directiveUsageUnionMemberAddedFromMeta({
    type: ChangeType.DirectiveUsageUnionMemberAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      addedUnionMemberTypeName: payload.name,
      unionName: payload.name,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.ENUM_VALUE_DEFINITION, payload) ? directiveUsageEnumValueAddedFromMeta({
    type: ChangeType.DirectiveUsageEnumValueAdded,
    meta: {
      enumName: payload.type.name,
      enumValueName: payload.value.name,
      addedDirectiveName: directive.name.value,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.value.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.SCHEMA_DEFINITION, payload) ? directiveUsageSchemaAddedFromMeta({
    type: ChangeType.DirectiveUsageSchemaAdded,
    meta: {
      addedDirectiveName: directive.name.value,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload?.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.SCALAR_TYPE_DEFINITION, payload) ? directiveUsageScalarAddedFromMeta({
    type: ChangeType.DirectiveUsageScalarAdded,
    meta: {
      scalarName: payload.name,
      addedDirectiveName: directive.name.value,
      addedToNewType,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : {};
}
function directiveRepeatTimes(directives, directive) {
  let name = directive.name.value, repeats = 0;
  for (let d of directives)
    if (d.name.value === name && (repeats += 1), d === directive)
      return repeats;
  return 0;
}
function directiveUsageRemoved(kind, directive, payload) {
  return isOfKind(kind, Kind.ARGUMENT, payload) ? directiveUsageArgumentDefinitionRemovedFromMeta({
    type: ChangeType.DirectiveUsageArgumentDefinitionRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      argumentName: payload.argument.name,
      fieldName: payload.field.name,
      typeName: payload.type.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.argument.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.INPUT_VALUE_DEFINITION, payload) ? directiveUsageInputFieldDefinitionRemovedFromMeta({
    type: ChangeType.DirectiveUsageInputFieldDefinitionRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      inputFieldName: payload.field.name,
      inputObjectName: payload.type.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.field.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.INPUT_OBJECT_TYPE_DEFINITION, payload) ? directiveUsageInputObjectRemovedFromMeta({
    type: ChangeType.DirectiveUsageInputObjectRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      removedInputFieldName: directive.name.value,
      removedInputFieldType: payload.name,
      inputObjectName: payload.name,
      isRemovedInputFieldTypeNullable: kind === Kind.INPUT_VALUE_DEFINITION,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.INTERFACE_TYPE_DEFINITION, payload) ? directiveUsageInterfaceRemovedFromMeta({
    type: ChangeType.DirectiveUsageInterfaceRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      interfaceName: payload.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.OBJECT, payload) ? directiveUsageObjectRemovedFromMeta({
    type: ChangeType.DirectiveUsageObjectRemoved,
    meta: {
      objectName: payload.name,
      removedDirectiveName: directive.name.value,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.ENUM_TYPE_DEFINITION, payload) ? directiveUsageEnumRemovedFromMeta({
    type: ChangeType.DirectiveUsageEnumRemoved,
    meta: {
      enumName: payload.name,
      removedDirectiveName: directive.name.value,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.FIELD, payload) ? directiveUsageFieldRemovedFromMeta({
    type: ChangeType.DirectiveUsageFieldRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      fieldName: payload.field.name,
      typeName: payload.parentType.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.field.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.FIELD_DEFINITION, payload) ? directiveUsageFieldDefinitionRemovedFromMeta({
    type: ChangeType.DirectiveUsageFieldDefinitionRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      fieldName: payload.field.name,
      typeName: payload.parentType.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.field.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.UNION_TYPE_DEFINITION, payload) ? directiveUsageUnionMemberRemovedFromMeta({
    type: ChangeType.DirectiveUsageUnionMemberRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      removedUnionMemberTypeName: payload.name,
      unionName: payload.name,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.ENUM_VALUE_DEFINITION, payload) ? directiveUsageEnumValueRemovedFromMeta({
    type: ChangeType.DirectiveUsageEnumValueRemoved,
    meta: {
      enumName: payload.type.name,
      enumValueName: payload.value.name,
      removedDirectiveName: directive.name.value,
      directiveRepeatedTimes: directiveRepeatTimes(payload.value.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.SCHEMA_DEFINITION, payload) ? directiveUsageSchemaRemovedFromMeta({
    type: ChangeType.DirectiveUsageSchemaRemoved,
    meta: {
      removedDirectiveName: directive.name.value,
      directiveRepeatedTimes: directiveRepeatTimes(payload?.astNode?.directives ?? [], directive)
    }
  }) : isOfKind(kind, Kind.SCALAR_TYPE_DEFINITION, payload) ? directiveUsageScalarRemovedFromMeta({
    type: ChangeType.DirectiveUsageScalarRemoved,
    meta: {
      scalarName: payload.name,
      removedDirectiveName: directive.name.value,
      directiveRepeatedTimes: directiveRepeatTimes(payload.astNode?.directives ?? [], directive)
    }
  }) : {};
}
function isOfKind(kind, expectedKind, _value) {
  return kind === expectedKind;
}
function directiveUsageArgumentAddedFromMeta(args) {
  return {
    type: ChangeType.DirectiveUsageArgumentAdded,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: `Argument '${args.meta.addedArgumentName}' was added to '@${args.meta.directiveName}'`,
    path: [
      /** If the type is missing then this must be a directive on a schema */
      args.meta.parentTypeName ?? "",
      args.meta.parentFieldName ?? args.meta.parentEnumValueName,
      args.meta.parentArgumentName,
      `@${args.meta.directiveName}`,
      args.meta.addedArgumentName
    ].filter((p) => p !== null).join("."),
    meta: args.meta
  };
}
function directiveUsageArgumentRemovedFromMeta(args) {
  return {
    type: ChangeType.DirectiveUsageArgumentRemoved,
    criticality: {
      level: CriticalityLevel.Dangerous,
      reason: "Changing an argument on a directive can change runtime behavior."
    },
    message: `Argument '${args.meta.removedArgumentName}' was removed from '@${args.meta.directiveName}'`,
    path: [
      /** If the type is missing then this must be a directive on a schema */
      args.meta.parentTypeName ?? "",
      args.meta.parentFieldName ?? args.meta.parentEnumValueName,
      args.meta.parentArgumentName,
      `@${args.meta.directiveName}`,
      args.meta.removedArgumentName
    ].filter((a) => a !== null).join("."),
    meta: args.meta
  };
}
function directiveUsageChanged(oldDirective, newDirective, addChange, parentType, parentField, parentArgument, parentEnumValue) {
  compareLists(oldDirective?.arguments || [], newDirective.arguments || [], {
    onAdded(argument) {
      addChange(directiveUsageArgumentAddedFromMeta({
        type: ChangeType.DirectiveUsageArgumentAdded,
        meta: {
          addedArgumentName: argument.name.value,
          addedArgumentValue: print(argument.value),
          oldArgumentValue: null,
          directiveName: newDirective.name.value,
          parentTypeName: parentType?.name ?? null,
          parentFieldName: parentField?.name ?? null,
          parentArgumentName: parentArgument?.name ?? null,
          parentEnumValueName: parentEnumValue?.name ?? null,
          directiveRepeatedTimes: (
            // @todo should this lastly fall back to the GraphQLSchema?
            directiveRepeatTimes((parentEnumValue || parentArgument || parentField || parentType)?.astNode?.directives ?? [], newDirective)
          )
        }
      }));
    },
    /** Treat a mutual change as a removal then addition. */
    onMutual(argument) {
      argument.oldVersion && print(argument.oldVersion.value) === print(argument.newVersion.value) || (argument.oldVersion && addChange(directiveUsageArgumentRemovedFromMeta({
        type: ChangeType.DirectiveUsageArgumentRemoved,
        meta: {
          removedArgumentName: argument.oldVersion.name.value,
          directiveName: newDirective.name.value,
          parentTypeName: parentType?.name ?? null,
          parentFieldName: parentField?.name ?? null,
          parentArgumentName: parentArgument?.name ?? null,
          parentEnumValueName: parentEnumValue?.name ?? null,
          directiveRepeatedTimes: (
            // @todo should this lastly fall back to the GraphQLSchema?
            directiveRepeatTimes((parentEnumValue || parentArgument || parentField || parentType)?.astNode?.directives ?? [], newDirective)
          )
        }
      })), addChange(directiveUsageArgumentAddedFromMeta({
        type: ChangeType.DirectiveUsageArgumentAdded,
        meta: {
          addedArgumentName: argument.newVersion.name.value,
          addedArgumentValue: print(argument.newVersion.value),
          oldArgumentValue: (argument.oldVersion?.value && print(argument.oldVersion.value)) ?? null,
          directiveName: newDirective.name.value,
          parentTypeName: parentType?.name ?? null,
          parentFieldName: parentField?.name ?? null,
          parentArgumentName: parentArgument?.name ?? null,
          parentEnumValueName: parentEnumValue?.name ?? null,
          directiveRepeatedTimes: (
            // @todo should this lastly fall back to the GraphQLSchema?
            directiveRepeatTimes((parentEnumValue || parentArgument || parentField || parentType)?.astNode?.directives ?? [], newDirective)
          )
        }
      })));
    },
    onRemoved(argument) {
      addChange(directiveUsageArgumentRemovedFromMeta({
        type: ChangeType.DirectiveUsageArgumentRemoved,
        meta: {
          removedArgumentName: argument.name.value,
          directiveName: newDirective.name.value,
          parentTypeName: parentType?.name ?? null,
          parentFieldName: parentField?.name ?? null,
          parentArgumentName: parentArgument?.name ?? null,
          parentEnumValueName: parentEnumValue?.name ?? null,
          directiveRepeatedTimes: (
            // @todo should this lastly fall back to the GraphQLSchema?
            directiveRepeatTimes((parentEnumValue || parentArgument || parentField || parentType)?.astNode?.directives ?? [], newDirective)
          )
        }
      }));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/utils/string.js
var import_object_inspect = __toESM(require_object_inspect(), 1);
function compareTwoStrings(str1, str2) {
  if (!str1.length && !str2.length)
    return 1;
  if (!str1.length || !str2.length)
    return 0;
  if (str1.toUpperCase() === str2.toUpperCase())
    return 1;
  if (str1.length === 1 && str2.length === 1)
    return 0;
  let pairs1 = wordLetterPairs(str1), pairs2 = wordLetterPairs(str2), union = pairs1.length + pairs2.length, intersection = 0;
  for (let pair1 of pairs1)
    for (let i = 0, pair2; pair2 = pairs2[i]; i++)
      if (pair1 === pair2) {
        intersection++, pairs2.splice(i, 1);
        break;
      }
  return intersection * 2 / union;
}
function findBestMatch(mainString, targetStrings) {
  if (!areArgsValid(mainString, targetStrings))
    throw new Error("Bad arguments: First argument should be a string, second should be an array of strings");
  let ratings = targetStrings.map((target) => ({
    target,
    rating: compareTwoStrings(mainString, target.value)
  })), bestMatch = Array.from(ratings).sort((a, b) => b.rating - a.rating)[0];
  return { ratings, bestMatch };
}
function flattenDeep(arr) {
  return Array.isArray(arr) ? arr.reduce((a, b) => a.concat(flattenDeep(b)), []) : [arr];
}
function areArgsValid(mainString, targetStrings) {
  return !(typeof mainString != "string" || !Array.isArray(targetStrings) || !targetStrings.length || targetStrings.find((s) => typeof s.value != "string"));
}
function letterPairs(str) {
  let pairs = [];
  for (let i = 0, max = str.length - 1; i < max; i++)
    pairs[i] = str.substring(i, i + 2);
  return pairs;
}
function wordLetterPairs(str) {
  let pairs = str.toUpperCase().split(" ").map(letterPairs);
  return flattenDeep(pairs);
}
function safeString(obj) {
  return typeof obj == "string" ? JSON.stringify(obj) : (0, import_object_inspect.default)(obj).replace(/\[Object: null prototype\] /g, "").replace(/(^')|('$)/g, "");
}
function fmt(reason) {
  return reason.replace(/'/g, "\\'");
}

// node_modules/@graphql-inspector/core/esm/diff/changes/directive.js
function buildDirectiveRemovedMessage(args) {
  return `Directive '${args.removedDirectiveName}' was removed`;
}
var directiveRemovedCriticalityBreakingReason = "A directive could be in use of a client application. Removing it could break the client application.";
function directiveRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: directiveRemovedCriticalityBreakingReason
    },
    type: ChangeType.DirectiveRemoved,
    message: buildDirectiveRemovedMessage(args.meta),
    path: `@${args.meta.removedDirectiveName}`,
    meta: args.meta
  };
}
function directiveRemoved(directive) {
  return directiveRemovedFromMeta({
    type: ChangeType.DirectiveRemoved,
    meta: {
      removedDirectiveName: directive.name
    }
  });
}
function buildDirectiveAddedMessage(args) {
  return `Directive '${args.addedDirectiveName}' was added`;
}
function directiveAddedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.DirectiveAdded,
    message: buildDirectiveAddedMessage(args.meta),
    path: `@${args.meta.addedDirectiveName}`,
    meta: args.meta
  };
}
function directiveAdded(directive) {
  return directiveAddedFromMeta({
    type: ChangeType.DirectiveAdded,
    meta: {
      addedDirectiveName: directive.name,
      addedDirectiveDescription: directive.description ?? null,
      addedDirectiveLocations: directive.locations.map((l) => String(l)),
      addedDirectiveRepeatable: directive.isRepeatable
    }
  });
}
function buildDirectiveDescriptionChangedMessage(args) {
  return args.oldDirectiveDescription === null && args.newDirectiveDescription !== null ? `Directive '${args.directiveName}' description '${fmt(args.newDirectiveDescription)}' was added` : args.newDirectiveDescription === null && args.oldDirectiveDescription !== null ? `Directive '${args.directiveName}' description '${fmt(args.oldDirectiveDescription)}' was removed` : `Directive '${args.directiveName}' description changed from '${fmt(args.oldDirectiveDescription ?? "")}' to '${fmt(args.newDirectiveDescription ?? "")}'`;
}
function directiveDescriptionChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.DirectiveDescriptionChanged,
    message: buildDirectiveDescriptionChangedMessage(args.meta),
    path: `@${args.meta.directiveName}`,
    meta: args.meta
  };
}
function directiveDescriptionChanged(oldDirective, newDirective) {
  return directiveDescriptionChangedFromMeta({
    type: ChangeType.DirectiveDescriptionChanged,
    meta: {
      directiveName: newDirective.name,
      oldDirectiveDescription: oldDirective?.description ?? null,
      newDirectiveDescription: newDirective.description ?? null
    }
  });
}
function buildDirectiveRepeatableAddedMessage(args) {
  return `Directive '${args.directiveName}' added repeatable.`;
}
function directiveRepeatableAddedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.DirectiveRepeatableAdded,
    message: buildDirectiveRepeatableAddedMessage(args.meta),
    path: `@${args.meta.directiveName}`,
    meta: args.meta
  };
}
function directiveRepeatableAdded(directive) {
  return directiveRepeatableAddedFromMeta({
    type: ChangeType.DirectiveRepeatableAdded,
    meta: {
      directiveName: directive.name
    }
  });
}
function buildDirectiveRepeatableRemovedMessage(args) {
  return `Directive '${args.directiveName}' removed repeatable.`;
}
function directiveRepeatableRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Dangerous
    },
    type: ChangeType.DirectiveRepeatableRemoved,
    message: buildDirectiveRepeatableRemovedMessage(args.meta),
    path: `@${args.meta.directiveName}`,
    meta: args.meta
  };
}
function directiveRepeatableRemoved(directive) {
  return directiveRepeatableRemovedFromMeta({
    type: ChangeType.DirectiveRepeatableRemoved,
    meta: {
      directiveName: directive.name
    }
  });
}
function buildDirectiveLocationAddedMessage(args) {
  return `Location '${args.addedDirectiveLocation}' was added to directive '${args.directiveName}'`;
}
function directiveLocationAddedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.DirectiveLocationAdded,
    message: buildDirectiveLocationAddedMessage(args.meta),
    path: `@${args.meta.directiveName}`,
    meta: args.meta
  };
}
function directiveLocationAdded(directive, location) {
  return directiveLocationAddedFromMeta({
    type: ChangeType.DirectiveLocationAdded,
    meta: {
      directiveName: directive.name,
      addedDirectiveLocation: String(location)
    }
  });
}
function buildDirectiveLocationRemovedMessage(args) {
  return `Location '${args.removedDirectiveLocation}' was removed from directive '${args.directiveName}'`;
}
var directiveLocationRemovedBreakingReason = "A directive could be in use of a client application. Removing it could break the client application.";
function directiveLocationRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: directiveLocationRemovedBreakingReason
    },
    type: ChangeType.DirectiveLocationRemoved,
    message: buildDirectiveLocationRemovedMessage(args.meta),
    path: `@${args.meta.directiveName}`,
    meta: args.meta
  };
}
function directiveLocationRemoved(directive, location) {
  return directiveLocationRemovedFromMeta({
    type: ChangeType.DirectiveLocationRemoved,
    meta: {
      directiveName: directive.name,
      removedDirectiveLocation: location.toString()
    }
  });
}
var directiveArgumentAddedBreakingReason = "A directive could be in use of a client application. Adding a non-nullable argument will break those clients.", directiveArgumentNonBreakingReason = "A directive could be in use of a client application. Adding a nullable argument will not break those clients.", directiveArgumentNewReason = "Refer to the directive usage for the breaking status. If the directive is new and therefore unused, then adding an argument does not risk breaking clients.";
function directiveArgumentAddedFromMeta(args) {
  return {
    criticality: args.meta.addedToNewDirective ? {
      level: CriticalityLevel.NonBreaking,
      reason: directiveArgumentNewReason
    } : args.meta.addedDirectiveArgumentTypeIsNonNull ? {
      level: CriticalityLevel.Breaking,
      reason: directiveArgumentAddedBreakingReason
    } : {
      level: CriticalityLevel.NonBreaking,
      reason: directiveArgumentNonBreakingReason
    },
    type: ChangeType.DirectiveArgumentAdded,
    message: `Argument '${args.meta.addedDirectiveArgumentName}' was added to directive '${args.meta.directiveName}'`,
    path: `@${args.meta.directiveName}`,
    meta: args.meta
  };
}
function directiveArgumentAdded(directive, arg, addedToNewDirective) {
  return directiveArgumentAddedFromMeta({
    type: ChangeType.DirectiveArgumentAdded,
    meta: {
      directiveName: directive.name,
      addedDirectiveArgumentName: arg.name,
      addedDirectiveArgumentType: arg.type.toString(),
      addedDirectiveDefaultValue: hasDefaultValue(arg) ? safeString(getDefaultValue(arg)) : void 0,
      addedDirectiveArgumentTypeIsNonNull: isNonNullType(arg.type),
      addedDirectiveArgumentDescription: arg.description ?? void 0,
      addedToNewDirective
    }
  });
}
function buildDirectiveArgumentRemovedMessage(args) {
  return `Argument '${args.removedDirectiveArgumentName}' was removed from directive '${args.directiveName}'`;
}
var directiveArgumentRemovedBreakingReason = "A directive argument could be in use of a client application. Removing the argument can break client applications.";
function directiveArgumentRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: directiveArgumentRemovedBreakingReason
    },
    type: ChangeType.DirectiveArgumentRemoved,
    message: buildDirectiveArgumentRemovedMessage(args.meta),
    path: `@${args.meta.directiveName}.${args.meta.removedDirectiveArgumentName}`,
    meta: args.meta
  };
}
function directiveArgumentRemoved(directive, arg) {
  return directiveArgumentRemovedFromMeta({
    type: ChangeType.DirectiveArgumentRemoved,
    meta: {
      directiveName: directive.name,
      removedDirectiveArgumentName: arg.name
    }
  });
}
function buildDirectiveArgumentDescriptionChangedMessage(args) {
  return args.oldDirectiveArgumentDescription === null && args.newDirectiveArgumentDescription !== null ? `Description '${fmt(args.newDirectiveArgumentDescription)}' was added to argument '${args.directiveArgumentName}' on directive '${args.directiveName}'` : args.newDirectiveArgumentDescription === null && args.oldDirectiveArgumentDescription !== null ? `Description '${fmt(args.oldDirectiveArgumentDescription)}' was removed from argument '${args.directiveArgumentName}' on directive '${args.directiveName}'` : `Description for argument '${args.directiveArgumentName}' on directive '${args.directiveName}' changed from '${fmt(args.oldDirectiveArgumentDescription ?? "")}' to '${fmt(args.newDirectiveArgumentDescription ?? "")}'`;
}
function directiveArgumentDescriptionChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.DirectiveArgumentDescriptionChanged,
    message: buildDirectiveArgumentDescriptionChangedMessage(args.meta),
    path: `@${args.meta.directiveName}.${args.meta.directiveArgumentName}`,
    meta: args.meta
  };
}
function directiveArgumentDescriptionChanged(directive, oldArg, newArg) {
  return directiveArgumentDescriptionChangedFromMeta({
    type: ChangeType.DirectiveArgumentDescriptionChanged,
    meta: {
      directiveName: directive.name,
      directiveArgumentName: newArg.name,
      oldDirectiveArgumentDescription: oldArg?.description ?? null,
      newDirectiveArgumentDescription: newArg.description ?? null
    }
  });
}
function buildDirectiveArgumentDefaultValueChanged(args) {
  return args.oldDirectiveArgumentDefaultValue === void 0 ? `Default value '${args.newDirectiveArgumentDefaultValue}' was added to argument '${args.directiveArgumentName}' on directive '${args.directiveName}'` : `Default value for argument '${args.directiveArgumentName}' on directive '${args.directiveName}' changed from '${args.oldDirectiveArgumentDefaultValue}' to '${args.newDirectiveArgumentDefaultValue}'`;
}
var directiveArgumentDefaultValueChangedDangerousReason = "Changing the default value for an argument may change the runtime behaviour of a field if it was never provided.";
function directiveArgumentDefaultValueChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Dangerous,
      reason: directiveArgumentDefaultValueChangedDangerousReason
    },
    type: ChangeType.DirectiveArgumentDefaultValueChanged,
    message: buildDirectiveArgumentDefaultValueChanged(args.meta),
    path: `@${args.meta.directiveName}.${args.meta.directiveArgumentName}`,
    meta: args.meta
  };
}
function directiveArgumentDefaultValueChanged(directive, oldArg, newArg) {
  let meta = {
    directiveName: directive.name,
    directiveArgumentName: newArg.name
  }, oldDefaultValue = oldArg === null ? void 0 : getDefaultValue(oldArg), newDefaultValue = getDefaultValue(newArg);
  return oldDefaultValue !== void 0 && (meta.oldDirectiveArgumentDefaultValue = safeString(oldDefaultValue)), newDefaultValue !== void 0 && (meta.newDirectiveArgumentDefaultValue = safeString(newDefaultValue)), directiveArgumentDefaultValueChangedFromMeta({
    type: ChangeType.DirectiveArgumentDefaultValueChanged,
    meta
  });
}
function buildDirectiveArgumentTypeChangedMessage(args) {
  return `Type for argument '${args.meta.directiveArgumentName}' on directive '${args.meta.directiveName}' changed from '${args.meta.oldDirectiveArgumentType}' to '${args.meta.newDirectiveArgumentType}'`;
}
var directiveArgumentTypeChangedNonBreakingReason = "Changing an input field from non-null to null is considered non-breaking.";
function directiveArgumentTypeChangedFromMeta(args) {
  return {
    criticality: args.meta.isSafeDirectiveArgumentTypeChange ? {
      level: CriticalityLevel.NonBreaking,
      reason: directiveArgumentTypeChangedNonBreakingReason
    } : {
      level: CriticalityLevel.Breaking
    },
    type: ChangeType.DirectiveArgumentTypeChanged,
    message: buildDirectiveArgumentTypeChangedMessage(args),
    path: `@${args.meta.directiveName}.${args.meta.directiveArgumentName}`,
    meta: args.meta
  };
}
function directiveArgumentTypeChanged(directive, oldArg, newArg) {
  return directiveArgumentTypeChangedFromMeta({
    type: ChangeType.DirectiveArgumentTypeChanged,
    meta: {
      directiveName: directive.name,
      directiveArgumentName: newArg.name,
      oldDirectiveArgumentType: oldArg?.type.toString() ?? "",
      newDirectiveArgumentType: newArg.type.toString(),
      isSafeDirectiveArgumentTypeChange: safeChangeForInputValue(oldArg.type, newArg.type)
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/schema.js
function buildSchemaQueryTypeChangedMessage(args) {
  return args.oldQueryTypeName === null ? `Schema query root type was set to '${args.newQueryTypeName}'.` : args.newQueryTypeName === null ? `Schema query root type '${args.oldQueryTypeName}' was removed.` : `Schema query root type was changed from '${args.oldQueryTypeName}' to '${args.newQueryTypeName}'`;
}
function schemaQueryTypeChangedFromMeta(args) {
  return {
    type: ChangeType.SchemaQueryTypeChanged,
    criticality: {
      level: args.meta.oldQueryTypeName === null ? CriticalityLevel.NonBreaking : CriticalityLevel.Breaking
    },
    message: buildSchemaQueryTypeChangedMessage(args.meta),
    meta: args.meta
  };
}
function schemaQueryTypeChanged(oldSchema, newSchema) {
  let oldName = oldSchema?.getQueryType()?.name || null, newName = newSchema?.getQueryType()?.name || null;
  return schemaQueryTypeChangedFromMeta({
    type: ChangeType.SchemaQueryTypeChanged,
    meta: {
      oldQueryTypeName: oldName,
      newQueryTypeName: newName
    }
  });
}
function buildSchemaMutationTypeChangedMessage(args) {
  return args.oldMutationTypeName === null ? `Schema mutation type was set to '${args.newMutationTypeName}'.` : args.newMutationTypeName === null ? `Schema mutation type '${args.oldMutationTypeName}' was removed.` : `Schema mutation type was changed from '${args.oldMutationTypeName}' to '${args.newMutationTypeName}'`;
}
function schemaMutationTypeChangedFromMeta(args) {
  return {
    type: ChangeType.SchemaMutationTypeChanged,
    criticality: {
      level: args.meta.oldMutationTypeName === null ? CriticalityLevel.NonBreaking : CriticalityLevel.Breaking
    },
    message: buildSchemaMutationTypeChangedMessage(args.meta),
    meta: args.meta
  };
}
function schemaMutationTypeChanged(oldSchema, newSchema) {
  let oldName = oldSchema?.getMutationType()?.name || null, newName = newSchema?.getMutationType()?.name || null;
  return schemaMutationTypeChangedFromMeta({
    type: ChangeType.SchemaMutationTypeChanged,
    meta: {
      newMutationTypeName: newName,
      oldMutationTypeName: oldName
    }
  });
}
function buildSchemaSubscriptionTypeChangedMessage(args) {
  return args.oldSubscriptionTypeName === null ? `Schema subscription type was set to '${args.newSubscriptionTypeName}'.` : args.newSubscriptionTypeName === null ? `Schema subscription type '${args.oldSubscriptionTypeName}' was removed.` : `Schema subscription type was changed from '${args.oldSubscriptionTypeName}' to '${args.newSubscriptionTypeName}'`;
}
function schemaSubscriptionTypeChangedFromMeta(args) {
  return {
    type: ChangeType.SchemaSubscriptionTypeChanged,
    criticality: {
      level: args.meta.oldSubscriptionTypeName === null ? CriticalityLevel.NonBreaking : CriticalityLevel.Breaking
    },
    message: buildSchemaSubscriptionTypeChangedMessage(args.meta),
    meta: args.meta
  };
}
function schemaSubscriptionTypeChanged(oldSchema, newSchema) {
  let oldName = oldSchema?.getSubscriptionType()?.name || null, newName = newSchema?.getSubscriptionType()?.name || null;
  return schemaSubscriptionTypeChangedFromMeta({
    type: ChangeType.SchemaSubscriptionTypeChanged,
    meta: {
      newSubscriptionTypeName: newName,
      oldSubscriptionTypeName: oldName
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/type.js
function buildTypeRemovedMessage(type) {
  return `Type '${type.removedTypeName}' was removed`;
}
function typeRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Breaking
    },
    type: ChangeType.TypeRemoved,
    message: buildTypeRemovedMessage(args.meta),
    meta: args.meta,
    path: args.meta.removedTypeName
  };
}
function typeRemoved(type) {
  return typeRemovedFromMeta({
    type: ChangeType.TypeRemoved,
    meta: {
      removedTypeName: type.name
    }
  });
}
function buildTypeAddedMessage(type) {
  return `Type '${type.addedTypeName}' was added`;
}
function typeAddedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.TypeAdded,
    message: buildTypeAddedMessage(args.meta),
    meta: args.meta,
    path: args.meta.addedTypeName
  };
}
function addedTypeMeta(type) {
  return isEnumType(type) ? {
    addedTypeKind: Kind.ENUM_TYPE_DEFINITION,
    addedTypeName: type.name
  } : isObjectType(type) || isInterfaceType(type) ? {
    addedTypeKind: getKind(type),
    addedTypeName: type.name
  } : isUnionType(type) ? {
    addedTypeKind: Kind.UNION_TYPE_DEFINITION,
    addedTypeName: type.name
  } : isInputObjectType(type) ? {
    addedTypeKind: Kind.INPUT_OBJECT_TYPE_DEFINITION,
    addedTypeIsOneOf: type.isOneOf,
    addedTypeName: type.name
  } : {
    addedTypeKind: getKind(type),
    addedTypeName: type.name
  };
}
function typeAdded(type) {
  return typeAddedFromMeta({
    type: ChangeType.TypeAdded,
    meta: addedTypeMeta(type)
  });
}
function buildTypeKindChangedMessage(args) {
  return `'${args.meta.typeName}' kind changed from '${args.meta.oldTypeKind}' to '${args.meta.newTypeKind}'`;
}
function typeKindChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: "Changing the kind of a type is a breaking change because it can cause existing queries to error. For example, turning an object type to a scalar type would break queries that define a selection set for this type."
    },
    type: ChangeType.TypeKindChanged,
    message: buildTypeKindChangedMessage(args),
    path: args.meta.typeName,
    meta: args.meta
  };
}
function typeKindChanged(oldType, newType) {
  return typeKindChangedFromMeta({
    type: ChangeType.TypeKindChanged,
    meta: {
      typeName: newType.name,
      newTypeKind: String(getKind(newType)),
      oldTypeKind: String(getKind(oldType))
    }
  });
}
function buildTypeDescriptionChangedMessage(args) {
  let oldDesc = fmt(args.oldTypeDescription), newDesc = fmt(args.newTypeDescription);
  return `Description '${oldDesc}' on type '${args.typeName}' has changed to '${newDesc}'`;
}
function typeDescriptionChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.TypeDescriptionChanged,
    message: buildTypeDescriptionChangedMessage(args.meta),
    path: args.meta.typeName,
    meta: args.meta
  };
}
function typeDescriptionChanged(oldType, newType) {
  return typeDescriptionChangedFromMeta({
    type: ChangeType.TypeDescriptionChanged,
    meta: {
      typeName: oldType.name,
      newTypeDescription: newType.description ?? "",
      oldTypeDescription: oldType.description ?? ""
    }
  });
}
function buildTypeDescriptionRemoved(args) {
  return `Description '${fmt(args.removedTypeDescription)}' was removed from object type '${args.typeName}'`;
}
function typeDescriptionRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.TypeDescriptionRemoved,
    message: buildTypeDescriptionRemoved(args.meta),
    path: args.meta.typeName,
    meta: args.meta
  };
}
function typeDescriptionRemoved(type) {
  return typeDescriptionRemovedFromMeta({
    type: ChangeType.TypeDescriptionRemoved,
    meta: {
      typeName: type.name,
      removedTypeDescription: type.description ?? ""
    }
  });
}
function buildTypeDescriptionAddedMessage(args) {
  let desc = fmt(args.addedTypeDescription);
  return `Object type '${args.typeName}' has description '${desc}'`;
}
function typeDescriptionAddedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.TypeDescriptionAdded,
    message: buildTypeDescriptionAddedMessage(args.meta),
    path: args.meta.typeName,
    meta: args.meta
  };
}
function typeDescriptionAdded(type) {
  return typeDescriptionAddedFromMeta({
    type: ChangeType.TypeDescriptionAdded,
    meta: {
      typeName: type.name,
      addedTypeDescription: type.description ?? ""
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/directive.js
function changesInDirective(oldDirective, newDirective, addChange) {
  isNotEqual(oldDirective?.description, newDirective.description) && addChange(directiveDescriptionChanged(oldDirective, newDirective)), !newDirective.isRepeatable && oldDirective?.isRepeatable && addChange(directiveRepeatableRemoved(newDirective)), newDirective.isRepeatable && !oldDirective?.isRepeatable && addChange(directiveRepeatableAdded(newDirective));
  let locations = {
    added: diffArrays(newDirective.locations, oldDirective?.locations ?? []),
    removed: diffArrays(oldDirective?.locations ?? [], newDirective.locations)
  };
  for (let location of locations.added)
    addChange(directiveLocationAdded(newDirective, location));
  for (let location of locations.removed)
    addChange(directiveLocationRemoved(newDirective, location));
  compareLists(oldDirective?.args ?? [], newDirective.args, {
    onAdded(arg) {
      addChange(directiveArgumentAdded(newDirective, arg, oldDirective === null));
    },
    onRemoved(arg) {
      addChange(directiveArgumentRemoved(newDirective, arg));
    },
    onMutual(arg) {
      changesInDirectiveArgument(newDirective, arg.oldVersion, arg.newVersion, addChange);
    }
  });
}
function changesInDirectiveArgument(directive, oldArg, newArg, addChange) {
  isNotEqual(oldArg?.description, newArg.description) && addChange(directiveArgumentDescriptionChanged(directive, oldArg, newArg)), defaultValuesAreEqual(oldArg, newArg) || addChange(directiveArgumentDefaultValueChanged(directive, oldArg, newArg)), isNotEqual(oldArg.type.toString(), newArg.type.toString()) && addChange(directiveArgumentTypeChanged(directive, oldArg, newArg));
}

// node_modules/@graphql-inspector/core/esm/diff/changes/enum.js
function buildEnumValueRemovedMessage(args) {
  return `Enum value '${args.removedEnumValueName}' ${args.isEnumValueDeprecated ? "(deprecated) " : ""}was removed from enum '${args.enumName}'`;
}
var enumValueRemovedCriticalityBreakingReason = "Removing an enum value will cause existing queries that use this enum value to error.";
function enumValueRemovedFromMeta(args) {
  return {
    type: ChangeType.EnumValueRemoved,
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: enumValueRemovedCriticalityBreakingReason
    },
    message: buildEnumValueRemovedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.enumName, args.meta.removedEnumValueName].join(".")
  };
}
function enumValueRemoved(oldEnum, value) {
  return enumValueRemovedFromMeta({
    type: ChangeType.EnumValueRemoved,
    meta: {
      enumName: oldEnum.name,
      removedEnumValueName: value.name,
      isEnumValueDeprecated: isDeprecated(value)
    }
  });
}
function buildEnumValueAddedMessage(args) {
  return `Enum value '${args.meta.addedEnumValueName}' was added to enum '${args.meta.enumName}'`;
}
var enumValueAddedCriticalityDangerousReason = "Adding an enum value may break existing clients that were not programming defensively against an added case when querying an enum.";
function enumValueAddedFromMeta(args) {
  let isSafe = args.meta.addedToNewType;
  return {
    type: ChangeType.EnumValueAdded,
    criticality: {
      level: isSafe ? CriticalityLevel.NonBreaking : CriticalityLevel.Dangerous,
      reason: isSafe ? void 0 : enumValueAddedCriticalityDangerousReason
    },
    message: buildEnumValueAddedMessage(args),
    meta: args.meta,
    path: [args.meta.enumName, args.meta.addedEnumValueName].join(".")
  };
}
function enumValueAdded(type, value, addedToNewType) {
  return enumValueAddedFromMeta({
    type: ChangeType.EnumValueAdded,
    meta: {
      enumName: type.name,
      addedEnumValueName: value.name,
      addedToNewType,
      addedDirectiveDescription: value.description ?? null
    }
  });
}
function buildEnumValueDescriptionChangedMessage(args) {
  return args.oldEnumValueDescription === null && args.newEnumValueDescription !== null ? `Description '${fmt(args.newEnumValueDescription)}' was added to enum value '${args.enumName}.${args.enumValueName}'` : args.newEnumValueDescription === null && args.oldEnumValueDescription !== null ? `Description '${fmt(args.oldEnumValueDescription)}' was removed from enum value '${args.enumName}.${args.enumValueName}'` : `Description for enum value '${args.enumName}.${args.enumValueName}' changed from '${fmt(args.oldEnumValueDescription ?? "")}' to '${fmt(args.newEnumValueDescription ?? "")}'`;
}
function enumValueDescriptionChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.EnumValueDescriptionChanged,
    message: buildEnumValueDescriptionChangedMessage(args.meta),
    path: [args.meta.enumName, args.meta.enumValueName].join("."),
    meta: args.meta
  };
}
function enumValueDescriptionChanged(newEnum, oldValue, newValue) {
  return enumValueDescriptionChangedFromMeta({
    type: ChangeType.EnumValueDescriptionChanged,
    meta: {
      enumName: newEnum.name,
      enumValueName: newValue.name,
      oldEnumValueDescription: oldValue?.description ?? null,
      newEnumValueDescription: newValue.description ?? null
    }
  });
}
function buildEnumValueDeprecationChangedMessage(args) {
  let oldReason = fmt(args.oldEnumValueDeprecationReason), newReason = fmt(args.newEnumValueDeprecationReason);
  return `Enum value '${args.enumName}.${args.enumValueName}' deprecation reason changed from '${oldReason}' to '${newReason}'`;
}
function enumValueDeprecationReasonChangedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.EnumValueDeprecationReasonChanged,
    message: buildEnumValueDeprecationChangedMessage(args.meta),
    path: [args.meta.enumName, args.meta.enumValueName, `@${GraphQLDeprecatedDirective.name}`].join("."),
    meta: args.meta
  };
}
function enumValueDeprecationReasonChanged(newEnum, oldValue, newValue) {
  return enumValueDeprecationReasonChangedFromMeta({
    type: ChangeType.EnumValueDeprecationReasonChanged,
    meta: {
      enumName: newEnum.name,
      enumValueName: oldValue.name,
      oldEnumValueDeprecationReason: oldValue.deprecationReason ?? "",
      newEnumValueDeprecationReason: newValue.deprecationReason ?? ""
    }
  });
}
function buildEnumValueDeprecationReasonAddedMessage(args) {
  let reason = fmt(args.addedValueDeprecationReason);
  return `Enum value '${args.enumName}.${args.enumValueName}' was deprecated with reason '${reason}'`;
}
function enumValueDeprecationReasonAddedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.EnumValueDeprecationReasonAdded,
    message: buildEnumValueDeprecationReasonAddedMessage(args.meta),
    path: [args.meta.enumName, args.meta.enumValueName, `@${GraphQLDeprecatedDirective.name}`].join("."),
    meta: args.meta
  };
}
function enumValueDeprecationReasonAdded(newEnum, _oldValue, newValue) {
  return enumValueDeprecationReasonAddedFromMeta({
    type: ChangeType.EnumValueDeprecationReasonAdded,
    meta: {
      enumName: newEnum.name,
      enumValueName: newValue.name,
      addedValueDeprecationReason: newValue.deprecationReason ?? ""
    }
  });
}
function buildEnumValueDeprecationReasonRemovedMessage(args) {
  return `Deprecation reason was removed from enum value '${args.enumName}.${args.enumValueName}'`;
}
function enumValueDeprecationReasonRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    type: ChangeType.EnumValueDeprecationReasonRemoved,
    message: buildEnumValueDeprecationReasonRemovedMessage(args.meta),
    path: [args.meta.enumName, args.meta.enumValueName].join("."),
    meta: args.meta
  };
}
function enumValueDeprecationReasonRemoved(newEnum, oldValue, _newValue) {
  return enumValueDeprecationReasonRemovedFromMeta({
    type: ChangeType.EnumValueDeprecationReasonRemoved,
    meta: {
      enumName: newEnum.name,
      enumValueName: oldValue.name,
      removedEnumValueDeprecationReason: oldValue.deprecationReason ?? ""
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/enum.js
var DEPRECATION_REASON_DEFAULT = "No longer supported";
function changesInEnum(oldEnum, newEnum, addChange) {
  compareLists(oldEnum?.getValues() ?? [], newEnum.getValues(), {
    onAdded(value) {
      addChange(enumValueAdded(newEnum, value, oldEnum === null)), changesInEnumValue({ newVersion: value, oldVersion: null }, newEnum, addChange);
    },
    onRemoved(value) {
      addChange(enumValueRemoved(oldEnum, value));
    },
    onMutual(value) {
      changesInEnumValue(value, newEnum, addChange);
    }
  }), compareDirectiveLists(oldEnum?.astNode?.directives || [], newEnum.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.ENUM_TYPE_DEFINITION, directive, newEnum, oldEnum === null)), directiveUsageChanged(null, directive, addChange, newEnum);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newEnum);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.ENUM_TYPE_DEFINITION, directive, newEnum));
    }
  });
}
function changesInEnumValue(value, newEnum, addChange) {
  let oldValue = value.oldVersion, newValue = value.newVersion;
  isNotEqual(oldValue?.description, newValue.description) && addChange(enumValueDescriptionChanged(newEnum, oldValue, newValue)), isNotEqual(oldValue?.deprecationReason, newValue.deprecationReason) && (isVoid(oldValue?.deprecationReason) || oldValue?.deprecationReason === DEPRECATION_REASON_DEFAULT ? addChange(enumValueDeprecationReasonAdded(newEnum, oldValue, newValue)) : isVoid(newValue.deprecationReason) || newValue?.deprecationReason === DEPRECATION_REASON_DEFAULT ? addChange(enumValueDeprecationReasonRemoved(newEnum, oldValue, newValue)) : addChange(enumValueDeprecationReasonChanged(newEnum, oldValue, newValue))), compareDirectiveLists(oldValue?.astNode?.directives || [], newValue.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.ENUM_VALUE_DEFINITION, directive, {
        type: newEnum,
        value: newValue
      }, oldValue === null)), directiveUsageChanged(null, directive, addChange, newEnum, void 0, void 0, newValue);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newEnum, void 0, void 0, newValue);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.ENUM_VALUE_DEFINITION, directive, {
        type: newEnum,
        value: oldValue
      }));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/input.js
function buildInputFieldRemovedMessage(args) {
  return `Input field '${args.removedFieldName}' ${args.isInputFieldDeprecated ? "(deprecated) " : ""}was removed from input object type '${args.inputName}'`;
}
function inputFieldRemovedFromMeta(args) {
  return {
    type: ChangeType.InputFieldRemoved,
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: "Removing an input field will cause existing queries that use this input field to error."
    },
    message: buildInputFieldRemovedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.removedFieldName].join(".")
  };
}
function inputFieldRemoved(input, field) {
  return inputFieldRemovedFromMeta({
    type: ChangeType.InputFieldRemoved,
    meta: {
      inputName: input.name,
      removedFieldName: field.name,
      isInputFieldDeprecated: isDeprecated(field)
    }
  });
}
function buildInputFieldAddedMessage(args) {
  return `Input field '${args.addedInputFieldName}' of type '${args.addedInputFieldType}'${args.addedFieldDefault ? ` with default value '${args.addedFieldDefault}'` : ""} was added to input object type '${args.inputName}'`;
}
function inputFieldAddedFromMeta(args) {
  let criticality, addedNullableWithoutDefault = args.meta.isAddedInputFieldTypeNullable && args.meta.addedFieldDefault === void 0;
  return args.meta.addedToNewType ? criticality = {
    level: CriticalityLevel.NonBreaking,
    reason: "The field is being added to a new type."
  } : addedNullableWithoutDefault ? criticality = {
    level: CriticalityLevel.NonBreaking,
    reason: "The field is nullable and no default is set."
  } : args.meta.addedFieldDefault === void 0 ? criticality = {
    level: CriticalityLevel.Breaking,
    reason: "Adding a required input field to an existing input object type is a breaking change because it will cause existing uses of this input object type to error."
  } : criticality = {
    level: CriticalityLevel.Dangerous,
    reason: "Adding a field with a default value can change runtime behavior for clients that previously omitted it, and during rolling deploys consumers may receive the new default before producers are ready to handle it."
  }, {
    type: ChangeType.InputFieldAdded,
    criticality,
    message: buildInputFieldAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.addedInputFieldName].join(".")
  };
}
function inputFieldAdded(input, field, addedToNewType) {
  let defaultValue = getDefaultValue(field);
  return inputFieldAddedFromMeta({
    type: ChangeType.InputFieldAdded,
    meta: {
      inputName: input.name,
      addedInputFieldName: field.name,
      isAddedInputFieldTypeNullable: !isNonNullType(field.type),
      addedInputFieldType: field.type.toString(),
      ...hasDefaultValue(field) ? { addedFieldDefault: safeString(defaultValue) } : {},
      addedToNewType
    }
  });
}
function buildInputFieldDescriptionAddedMessage(args) {
  let desc = fmt(args.addedInputFieldDescription);
  return `Input field '${args.inputName}.${args.inputFieldName}' has description '${desc}'`;
}
function inputFieldDescriptionAddedFromMeta(args) {
  return {
    type: ChangeType.InputFieldDescriptionAdded,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildInputFieldDescriptionAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.inputFieldName].join(".")
  };
}
function inputFieldDescriptionAdded(type, field) {
  return inputFieldDescriptionAddedFromMeta({
    type: ChangeType.InputFieldDescriptionAdded,
    meta: {
      inputName: type.name,
      inputFieldName: field.name,
      addedInputFieldDescription: field.description ?? ""
    }
  });
}
function buildInputFieldDescriptionRemovedMessage(args) {
  return `Description '${fmt(args.removedDescription)}' was removed from input field '${args.inputName}.${args.inputFieldName}'`;
}
function inputFieldDescriptionRemovedFromMeta(args) {
  return {
    type: ChangeType.InputFieldDescriptionRemoved,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildInputFieldDescriptionRemovedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.inputFieldName].join(".")
  };
}
function inputFieldDescriptionRemoved(type, field) {
  return inputFieldDescriptionRemovedFromMeta({
    type: ChangeType.InputFieldDescriptionRemoved,
    meta: {
      inputName: type.name,
      inputFieldName: field.name,
      removedDescription: field.description ?? ""
    }
  });
}
function buildInputFieldDescriptionChangedMessage(args) {
  let oldDesc = fmt(args.oldInputFieldDescription), newDesc = fmt(args.newInputFieldDescription);
  return `Input field '${args.inputName}.${args.inputFieldName}' description changed from '${oldDesc}' to '${newDesc}'`;
}
function inputFieldDescriptionChangedFromMeta(args) {
  return {
    type: ChangeType.InputFieldDescriptionChanged,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildInputFieldDescriptionChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.inputFieldName].join(".")
  };
}
function inputFieldDescriptionChanged(input, oldField, newField) {
  return inputFieldDescriptionChangedFromMeta({
    type: ChangeType.InputFieldDescriptionChanged,
    meta: {
      inputName: input.name,
      inputFieldName: oldField.name,
      oldInputFieldDescription: oldField.description ?? "",
      newInputFieldDescription: newField.description ?? ""
    }
  });
}
function buildInputFieldDefaultValueChangedMessage(args) {
  return `Input field '${args.inputName}.${args.inputFieldName}' default value changed from '${args.oldDefaultValue}' to '${args.newDefaultValue}'`;
}
function inputFieldDefaultValueChangedFromMeta(args) {
  let criticality = {
    level: CriticalityLevel.Dangerous,
    reason: "Changing the default value for an argument may change the runtime behavior of a field if it was never provided."
  };
  return {
    type: ChangeType.InputFieldDefaultValueChanged,
    criticality,
    message: buildInputFieldDefaultValueChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.inputFieldName].join(".")
  };
}
function inputFieldDefaultValueChanged(input, oldField, newField) {
  let meta = {
    inputName: input.name,
    inputFieldName: newField.name
  }, oldDefaultValue = getDefaultValue(oldField), newDefaultValue = getDefaultValue(newField);
  return oldDefaultValue !== void 0 && (meta.oldDefaultValue = safeString(oldDefaultValue)), newDefaultValue !== void 0 && (meta.newDefaultValue = safeString(newDefaultValue)), inputFieldDefaultValueChangedFromMeta({
    type: ChangeType.InputFieldDefaultValueChanged,
    meta
  });
}
function buildInputFieldTypeChangedMessage(args) {
  return `Input field '${args.inputName}.${args.inputFieldName}' changed type from '${args.oldInputFieldType}' to '${args.newInputFieldType}'`;
}
function inputFieldTypeChangedFromMeta(args) {
  return {
    type: ChangeType.InputFieldTypeChanged,
    criticality: args.meta.isInputFieldTypeChangeSafe ? {
      level: CriticalityLevel.NonBreaking,
      reason: "Changing an input field from non-null to null is considered non-breaking."
    } : {
      level: CriticalityLevel.Breaking,
      reason: "Changing the type of an input field can cause existing queries that use this field to error."
    },
    message: buildInputFieldTypeChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.inputName, args.meta.inputFieldName].join(".")
  };
}
function inputFieldTypeChanged(input, oldField, newField) {
  return inputFieldTypeChangedFromMeta({
    type: ChangeType.InputFieldTypeChanged,
    meta: {
      inputName: input.name,
      inputFieldName: newField.name,
      oldInputFieldType: oldField.type.toString(),
      newInputFieldType: newField.type.toString(),
      isInputFieldTypeChangeSafe: safeChangeForInputValue(oldField.type, newField.type)
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/input.js
function changesInInputObject(oldInput, newInput, addChange) {
  let oldFields = oldInput?.getFields() ?? {}, newFields = newInput.getFields();
  compareLists(Object.values(oldFields), Object.values(newFields), {
    onAdded(field) {
      addChange(inputFieldAdded(newInput, field, oldInput == null)), changesInInputField(newInput, null, field, addChange);
    },
    onRemoved(field) {
      addChange(inputFieldRemoved(oldInput, field));
    },
    onMutual(field) {
      changesInInputField(newInput, field.oldVersion, field.newVersion, addChange);
    }
  }), compareDirectiveLists(oldInput?.astNode?.directives || [], newInput.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.INPUT_OBJECT_TYPE_DEFINITION, directive, newInput, oldInput === null)), directiveUsageChanged(null, directive, addChange, newInput);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newInput);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.INPUT_OBJECT_TYPE_DEFINITION, directive, oldInput));
    }
  });
}
function changesInInputField(input, oldField, newField, addChange) {
  isNotEqual(oldField?.description, newField.description) && (isVoid(oldField?.description) ? addChange(inputFieldDescriptionAdded(input, newField)) : isVoid(newField.description) ? addChange(inputFieldDescriptionRemoved(input, oldField)) : addChange(inputFieldDescriptionChanged(input, oldField, newField))), isVoid(oldField) || (defaultValuesAreEqual(oldField, newField) || addChange(inputFieldDefaultValueChanged(input, oldField, newField)), !isVoid(oldField) && isNotEqual(oldField.type.toString(), newField.type.toString()) && addChange(inputFieldTypeChanged(input, oldField, newField))), (oldField?.astNode?.directives || newField.astNode?.directives) && compareDirectiveLists(oldField?.astNode?.directives || [], newField.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.INPUT_VALUE_DEFINITION, directive, {
        type: input,
        field: newField
      }, oldField === null)), directiveUsageChanged(null, directive, addChange, input, newField);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, input, newField);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.INPUT_VALUE_DEFINITION, directive, {
        type: input,
        field: newField
      }));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/field.js
function buildFieldRemovedMessage(args) {
  return `Field '${args.removedFieldName}' ${args.isRemovedFieldDeprecated ? "(deprecated) " : ""}was removed from ${args.typeType} '${args.typeName}'`;
}
function fieldRemovedFromMeta(args) {
  return {
    type: ChangeType.FieldRemoved,
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: args.meta.isRemovedFieldDeprecated ? "Removing a deprecated field is a breaking change. Before removing it, you may want to look at the field's usage to see the impact of removing the field." : "Removing a field is a breaking change. It is preferable to deprecate the field before removing it. This applies to removed union fields as well, since removal breaks client operations that contain fragments that reference the removed type through direct (... on RemovedType) or indirect means such as __typename in the consumers."
    },
    message: buildFieldRemovedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.removedFieldName].join(".")
  };
}
function fieldRemoved(type, field) {
  let entity = isInterfaceType(type) ? "interface" : "object type";
  return fieldRemovedFromMeta({
    type: ChangeType.FieldRemoved,
    meta: {
      typeName: type.name,
      removedFieldName: field.name,
      isRemovedFieldDeprecated: field.deprecationReason != null,
      typeType: entity
    }
  });
}
function buildFieldAddedMessage(args) {
  return `Field '${args.addedFieldName}' was added to ${args.typeType} '${args.typeName}'`;
}
function fieldAddedFromMeta(args) {
  return {
    type: ChangeType.FieldAdded,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.addedFieldName].join(".")
  };
}
function fieldAdded(type, field) {
  let entity = isInterfaceType(type) ? "interface" : "object type";
  return fieldAddedFromMeta({
    type: ChangeType.FieldAdded,
    meta: {
      typeName: type.name,
      addedFieldName: field.name,
      typeType: entity,
      addedFieldReturnType: field.type.toString()
    }
  });
}
function buildFieldDescriptionChangedMessage(args) {
  return !args.oldDescription && args.newDescription ? `Field '${args.typeName}.${args.fieldName}' description '${fmt(args.newDescription)}' was added` : !args.newDescription && args.oldDescription ? `Field '${args.typeName}.${args.fieldName}' description '${fmt(args.oldDescription)}' was removed` : `Field '${args.typeName}.${args.fieldName}' description changed from '${fmt(args.oldDescription)}' to '${fmt(args.newDescription)}'`;
}
function fieldDescriptionChangedFromMeta(args) {
  return {
    type: ChangeType.FieldDescriptionChanged,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldDescriptionChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName].join(".")
  };
}
function fieldDescriptionChanged(type, oldField, newField) {
  return fieldDescriptionChangedFromMeta({
    type: ChangeType.FieldDescriptionChanged,
    meta: {
      fieldName: oldField.name,
      typeName: type.name,
      oldDescription: oldField.description ?? "",
      newDescription: newField.description ?? ""
    }
  });
}
function buildFieldDescriptionAddedMessage(args) {
  let desc = fmt(args.addedDescription);
  return `Field '${args.typeName}.${args.fieldName}' has description '${desc}'`;
}
function fieldDescriptionAddedFromMeta(args) {
  return {
    type: ChangeType.FieldDescriptionAdded,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldDescriptionAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName].join(".")
  };
}
function fieldDescriptionAdded(type, field) {
  return fieldDescriptionAddedFromMeta({
    type: ChangeType.FieldDescriptionAdded,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      addedDescription: field.description ?? ""
    }
  });
}
function buildFieldDescriptionRemovedMessage(args) {
  return `Description was removed from field '${args.typeName}.${args.fieldName}'`;
}
function fieldDescriptionRemovedFromMeta(args) {
  return {
    type: ChangeType.FieldDescriptionRemoved,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldDescriptionRemovedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName].join(".")
  };
}
function fieldDescriptionRemoved(type, field) {
  return fieldDescriptionRemovedFromMeta({
    type: ChangeType.FieldDescriptionRemoved,
    meta: {
      typeName: type.name,
      fieldName: field.name
    }
  });
}
function buildFieldDeprecatedAddedMessage(args) {
  return `Field '${args.typeName}.${args.fieldName}' is deprecated`;
}
function fieldDeprecationAddedFromMeta(args) {
  return {
    type: ChangeType.FieldDeprecationAdded,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldDeprecatedAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, `@${GraphQLDeprecatedDirective.name}`].join(".")
  };
}
function fieldDeprecationAdded(type, field) {
  return fieldDeprecationAddedFromMeta({
    type: ChangeType.FieldDeprecationAdded,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      deprecationReason: field.deprecationReason ?? ""
    }
  });
}
function fieldDeprecationRemovedFromMeta(args) {
  return {
    type: ChangeType.FieldDeprecationRemoved,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: `Field '${args.meta.typeName}.${args.meta.fieldName}' is no longer deprecated`,
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, `@${GraphQLDeprecatedDirective.name}`].join(".")
  };
}
function fieldDeprecationRemoved(type, field) {
  return fieldDeprecationRemovedFromMeta({
    type: ChangeType.FieldDeprecationRemoved,
    meta: {
      fieldName: field.name,
      typeName: type.name
    }
  });
}
function buildFieldDeprecationReasonChangedMessage(args) {
  let oldReason = fmt(args.oldDeprecationReason), newReason = fmt(args.newDeprecationReason);
  return `Deprecation reason on field '${args.typeName}.${args.fieldName}' has changed from '${oldReason}' to '${newReason}'`;
}
function fieldDeprecationReasonChangedFromMeta(args) {
  return {
    type: ChangeType.FieldDeprecationReasonChanged,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldDeprecationReasonChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, `@${GraphQLDeprecatedDirective.name}`].join(".")
  };
}
function fieldDeprecationReasonChanged(type, oldField, newField) {
  return fieldDeprecationReasonChangedFromMeta({
    type: ChangeType.FieldDeprecationReasonChanged,
    meta: {
      fieldName: newField.name,
      typeName: type.name,
      newDeprecationReason: newField.deprecationReason ?? "",
      oldDeprecationReason: oldField.deprecationReason ?? ""
    }
  });
}
function buildFieldDeprecationReasonAddedMessage(args) {
  let reason = fmt(args.addedDeprecationReason);
  return `Field '${args.typeName}.${args.fieldName}' has deprecation reason '${reason}'`;
}
function fieldDeprecationReasonAddedFromMeta(args) {
  return {
    type: ChangeType.FieldDeprecationReasonAdded,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldDeprecationReasonAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, `@${GraphQLDeprecatedDirective.name}`].join(".")
  };
}
function fieldDeprecationReasonAdded(type, field) {
  return fieldDeprecationReasonAddedFromMeta({
    type: ChangeType.FieldDeprecationReasonAdded,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      addedDeprecationReason: field.deprecationReason ?? ""
    }
  });
}
function fieldDeprecationReasonRemovedFromMeta(args) {
  return {
    type: ChangeType.FieldDeprecationReasonRemoved,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: `Deprecation reason was removed from field '${args.meta.typeName}.${args.meta.fieldName}'`,
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName].join(".")
  };
}
function fieldDeprecationReasonRemoved(type, field) {
  return fieldDeprecationReasonRemovedFromMeta({
    type: ChangeType.FieldDeprecationReasonRemoved,
    meta: {
      typeName: type.name,
      fieldName: field.name
    }
  });
}
function buildFieldTypeChangedMessage(args) {
  return `Field '${args.meta.typeName}.${args.meta.fieldName}' changed type from '${args.meta.oldFieldType}' to '${args.meta.newFieldType}'`;
}
function fieldTypeChangedFromMeta(args) {
  return {
    type: ChangeType.FieldTypeChanged,
    criticality: {
      level: args.meta.isSafeFieldTypeChange ? CriticalityLevel.NonBreaking : CriticalityLevel.Breaking
    },
    message: buildFieldTypeChangedMessage(args),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName].join(".")
  };
}
function fieldTypeChanged(type, oldField, newField) {
  return fieldTypeChangedFromMeta({
    type: ChangeType.FieldTypeChanged,
    meta: {
      typeName: type.name,
      fieldName: oldField.name,
      oldFieldType: oldField.type.toString(),
      newFieldType: newField.type.toString(),
      isSafeFieldTypeChange: safeChangeForField(oldField.type, newField.type)
    }
  });
}
function buildFieldArgumentAddedMessage(args) {
  return `Argument '${args.addedArgumentName}: ${args.addedArgumentType}'${args.hasDefaultValue ? " (with default value) " : " "}added to field '${args.typeName}.${args.fieldName}'`;
}
function fieldArgumentAddedFromMeta(args) {
  return {
    type: ChangeType.FieldArgumentAdded,
    criticality: {
      level: args.meta.addedToNewField ? CriticalityLevel.NonBreaking : args.meta.isAddedFieldArgumentBreaking ? CriticalityLevel.Breaking : CriticalityLevel.Dangerous
    },
    message: buildFieldArgumentAddedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, args.meta.addedArgumentName].join(".")
  };
}
function fieldArgumentAdded(type, field, arg, addedToNewField) {
  let hasDefault = hasDefaultValue(arg), isBreaking = isNonNullType(arg.type) && !hasDefault;
  return fieldArgumentAddedFromMeta({
    type: ChangeType.FieldArgumentAdded,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      addedArgumentName: arg.name,
      addedArgumentType: arg.type.toString(),
      hasDefaultValue: hasDefault,
      addedToNewField,
      isAddedFieldArgumentBreaking: isBreaking
    }
  });
}
function buildFieldArgumentRemovedMessage(args) {
  return `Argument '${args.meta.removedFieldArgumentName}: ${args.meta.removedFieldType}' was removed from field '${args.meta.typeName}.${args.meta.fieldName}'`;
}
function fieldArgumentRemovedFromMeta(args) {
  return {
    type: ChangeType.FieldArgumentRemoved,
    criticality: {
      level: CriticalityLevel.Breaking
    },
    message: buildFieldArgumentRemovedMessage(args),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, args.meta.removedFieldArgumentName].join(".")
  };
}
function fieldArgumentRemoved(type, field, arg) {
  return fieldArgumentRemovedFromMeta({
    type: ChangeType.FieldArgumentRemoved,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      removedFieldArgumentName: arg.name,
      removedFieldType: arg.type.toString()
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/object.js
function buildObjectTypeInterfaceAddedMessage(args) {
  return `'${args.objectTypeName}' object implements '${args.addedInterfaceName}' interface`;
}
function objectTypeInterfaceAddedFromMeta(args) {
  return {
    type: ChangeType.ObjectTypeInterfaceAdded,
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : CriticalityLevel.Dangerous,
      reason: "Adding an interface to an object type may break existing clients that are consuming a field returning the interface type that are not programming defensively against this new possible type."
    },
    message: buildObjectTypeInterfaceAddedMessage(args.meta),
    meta: args.meta,
    path: args.meta.objectTypeName
  };
}
function objectTypeInterfaceAdded(iface, type, addedToNewType) {
  return objectTypeInterfaceAddedFromMeta({
    type: ChangeType.ObjectTypeInterfaceAdded,
    meta: {
      objectTypeName: type.name,
      addedInterfaceName: iface.name,
      addedToNewType
    }
  });
}
function buildObjectTypeInterfaceRemovedMessage(args) {
  return `'${args.objectTypeName}' object type no longer implements '${args.removedInterfaceName}' interface`;
}
function objectTypeInterfaceRemovedFromMeta(args) {
  return {
    type: ChangeType.ObjectTypeInterfaceRemoved,
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: "Removing an interface from an object type can cause existing queries that use this in a fragment spread to error."
    },
    message: buildObjectTypeInterfaceRemovedMessage(args.meta),
    meta: args.meta,
    path: args.meta.objectTypeName
  };
}
function objectTypeInterfaceRemoved(iface, type) {
  return objectTypeInterfaceRemovedFromMeta({
    type: ChangeType.ObjectTypeInterfaceRemoved,
    meta: {
      objectTypeName: type.name,
      removedInterfaceName: iface.name
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/argument.js
function buildFieldArgumentDescriptionChangedMessage(args) {
  return args.oldDescription === null && args.newDescription !== null ? `Description '${fmt(args.newDescription)}' was added to argument '${args.argumentName}' on field '${args.typeName}.${args.fieldName}'` : args.newDescription === null && args.oldDescription !== null ? `Description '${fmt(args.oldDescription)}' was removed from argument '${args.argumentName}' on field '${args.typeName}.${args.fieldName}'` : `Description for argument '${args.argumentName}' on field '${args.typeName}.${args.fieldName}' changed from '${fmt(args.oldDescription ?? "")}' to '${fmt(args.newDescription ?? "")}'`;
}
function fieldArgumentDescriptionChangedFromMeta(args) {
  return {
    type: ChangeType.FieldArgumentDescriptionChanged,
    criticality: {
      level: CriticalityLevel.NonBreaking
    },
    message: buildFieldArgumentDescriptionChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, args.meta.argumentName].join(".")
  };
}
function fieldArgumentDescriptionChanged(type, field, oldArg, newArg) {
  return fieldArgumentDescriptionChangedFromMeta({
    type: ChangeType.FieldArgumentDescriptionChanged,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      argumentName: newArg.name,
      oldDescription: oldArg?.description ?? null,
      newDescription: newArg.description ?? null
    }
  });
}
function buildFieldArgumentDefaultChangedMessage(args) {
  return args.oldDefaultValue === void 0 ? `Default value '${args.newDefaultValue}' was added to argument '${args.argumentName}' on field '${args.typeName}.${args.fieldName}'` : `Default value for argument '${args.argumentName}' on field '${args.typeName}.${args.fieldName}' changed from '${args.oldDefaultValue}' to '${args.newDefaultValue}'`;
}
var fieldArgumentDefaultChangedCriticalityDangerousReason = "Changing the default value for an argument may change the runtime behaviour of a field if it was never provided.";
function fieldArgumentDefaultChangedFromMeta(args) {
  return {
    type: ChangeType.FieldArgumentDefaultChanged,
    criticality: {
      level: CriticalityLevel.Dangerous,
      reason: fieldArgumentDefaultChangedCriticalityDangerousReason
    },
    message: buildFieldArgumentDefaultChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, args.meta.argumentName].join(".")
  };
}
function fieldArgumentDefaultChanged(type, field, oldArg, newArg) {
  let meta = {
    typeName: type.name,
    fieldName: field.name,
    argumentName: newArg.name
  }, oldDefaultValue = oldArg === null ? void 0 : getDefaultValue(oldArg), newDefaultValue = getDefaultValue(newArg);
  return oldDefaultValue !== void 0 && (meta.oldDefaultValue = safeString(oldDefaultValue)), newDefaultValue !== void 0 && (meta.newDefaultValue = safeString(newDefaultValue)), fieldArgumentDefaultChangedFromMeta({
    type: ChangeType.FieldArgumentDefaultChanged,
    meta
  });
}
function buildFieldArgumentTypeChangedMessage(args) {
  return `Type for argument '${args.argumentName}' on field '${args.typeName}.${args.fieldName}' changed from '${args.oldArgumentType}' to '${args.newArgumentType}'`;
}
var fieldArgumentTypeChangedCriticalityNonBreakingReason = "Changing an input field from non-null to null is considered non-breaking.", fieldArgumentTypeChangedCriticalityBreakingReason = "Changing the type of a field's argument can cause existing queries that use this argument to error.";
function fieldArgumentTypeChangedFromMeta(args) {
  return {
    type: ChangeType.FieldArgumentTypeChanged,
    criticality: args.meta.isSafeArgumentTypeChange ? {
      level: CriticalityLevel.NonBreaking,
      reason: fieldArgumentTypeChangedCriticalityNonBreakingReason
    } : {
      level: CriticalityLevel.Breaking,
      reason: fieldArgumentTypeChangedCriticalityBreakingReason
    },
    message: buildFieldArgumentTypeChangedMessage(args.meta),
    meta: args.meta,
    path: [args.meta.typeName, args.meta.fieldName, args.meta.argumentName].join(".")
  };
}
function fieldArgumentTypeChanged(type, field, oldArg, newArg) {
  return fieldArgumentTypeChangedFromMeta({
    type: ChangeType.FieldArgumentTypeChanged,
    meta: {
      typeName: type.name,
      fieldName: field.name,
      argumentName: newArg.name,
      oldArgumentType: oldArg?.type.toString() ?? "",
      newArgumentType: newArg.type.toString(),
      isSafeArgumentTypeChange: !oldArg || safeChangeForInputValue(oldArg.type, newArg.type)
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/argument.js
function changesInArgument(type, field, oldArg, newArg, addChange) {
  isNotEqual(oldArg?.description, newArg.description) && addChange(fieldArgumentDescriptionChanged(type, field, oldArg, newArg)), defaultValuesAreEqual(oldArg, newArg) || addChange(fieldArgumentDefaultChanged(type, field, oldArg, newArg)), isNotEqual(oldArg?.type.toString(), newArg.type.toString()) && addChange(fieldArgumentTypeChanged(type, field, oldArg, newArg)), (oldArg?.astNode?.directives || newArg.astNode?.directives) && compareDirectiveLists(oldArg?.astNode?.directives || [], newArg.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.ARGUMENT, directive, {
        argument: newArg,
        field,
        type
      }, oldArg === null)), directiveUsageChanged(null, directive, addChange, type, field, newArg);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, type, field, newArg);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.ARGUMENT, directive, { argument: oldArg, field, type }));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/field.js
var DEPRECATION_REASON_DEFAULT2 = "No longer supported";
function changesInField(type, oldField, newField, addChange) {
  isNotEqual(oldField?.description, newField.description) && (isVoid(oldField?.description) ? addChange(fieldDescriptionAdded(type, newField)) : isVoid(newField.description) ? addChange(fieldDescriptionRemoved(type, oldField)) : addChange(fieldDescriptionChanged(type, oldField, newField))), isVoid(oldField) || !isDeprecated(oldField) ? isDeprecated(newField) && addChange(fieldDeprecationAdded(type, newField)) : isDeprecated(newField) ? isNotEqual(oldField.deprecationReason, newField.deprecationReason) && (isVoid(oldField.deprecationReason) || oldField.deprecationReason === DEPRECATION_REASON_DEFAULT2 ? addChange(fieldDeprecationReasonAdded(type, newField)) : isVoid(newField.deprecationReason) || newField.deprecationReason === DEPRECATION_REASON_DEFAULT2 ? addChange(fieldDeprecationReasonRemoved(type, oldField)) : addChange(fieldDeprecationReasonChanged(type, oldField, newField))) : isDeprecated(oldField) && addChange(fieldDeprecationRemoved(type, oldField)), !isVoid(oldField) && isNotEqual(oldField.type.toString(), newField.type.toString()) && addChange(fieldTypeChanged(type, oldField, newField)), compareLists(oldField?.args ?? [], newField.args, {
    onAdded(arg) {
      addChange(fieldArgumentAdded(type, newField, arg, oldField === null));
    },
    onRemoved(arg) {
      addChange(fieldArgumentRemoved(type, newField, arg));
    },
    onMutual(arg) {
      changesInArgument(type, newField, arg.oldVersion, arg.newVersion, addChange);
    }
  }), compareDirectiveLists(oldField?.astNode?.directives || [], newField.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.FIELD_DEFINITION, directive, {
        parentType: type,
        field: newField
      }, oldField === null)), directiveUsageChanged(null, directive, addChange, type, newField);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, type, newField);
    },
    onRemoved(arg) {
      addChange(directiveUsageRemoved(Kind.FIELD_DEFINITION, arg, {
        parentType: type,
        field: oldField
      }));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/interface.js
function changesInInterface(oldInterface, newInterface, addChange) {
  let oldInterfaces = oldInterface?.getInterfaces() ?? [], newInterfaces = newInterface.getInterfaces();
  compareLists(oldInterfaces, newInterfaces, {
    onAdded(i) {
      addChange(objectTypeInterfaceAdded(i, newInterface, oldInterface === null));
    },
    onRemoved(i) {
      addChange(objectTypeInterfaceRemoved(i, oldInterface));
    }
  });
  let oldFields = oldInterface?.getFields() ?? {}, newFields = newInterface.getFields();
  compareLists(Object.values(oldFields), Object.values(newFields), {
    onAdded(field) {
      addChange(fieldAdded(newInterface, field)), changesInField(newInterface, null, field, addChange);
    },
    onRemoved(field) {
      addChange(fieldRemoved(oldInterface, field));
    },
    onMutual(field) {
      changesInField(newInterface, field.oldVersion, field.newVersion, addChange);
    }
  }), compareDirectiveLists(oldInterface?.astNode?.directives || [], newInterface.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.INTERFACE_TYPE_DEFINITION, directive, newInterface, oldInterface === null)), directiveUsageChanged(null, directive, addChange, newInterface);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newInterface);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.INTERFACE_TYPE_DEFINITION, directive, oldInterface));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/object.js
function changesInObject(oldType, newType, addChange) {
  let oldInterfaces = oldType?.getInterfaces() ?? [], newInterfaces = newType.getInterfaces(), oldFields = oldType?.getFields() ?? {}, newFields = newType.getFields();
  compareLists(oldInterfaces, newInterfaces, {
    onAdded(i) {
      addChange(objectTypeInterfaceAdded(i, newType, oldType === null));
    },
    onRemoved(i) {
      addChange(objectTypeInterfaceRemoved(i, oldType));
    }
  }), compareLists(Object.values(oldFields), Object.values(newFields), {
    onAdded(f) {
      addChange(fieldAdded(newType, f)), changesInField(newType, null, f, addChange);
    },
    onRemoved(f) {
      addChange(fieldRemoved(oldType, f));
    },
    onMutual(f) {
      changesInField(newType, f.oldVersion, f.newVersion, addChange);
    }
  }), compareDirectiveLists(oldType?.astNode?.directives || [], newType.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.OBJECT, directive, newType, oldType === null)), directiveUsageChanged(null, directive, addChange, newType);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newType);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.OBJECT, directive, oldType));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/scalar.js
function changesInScalar(oldScalar, newScalar, addChange) {
  compareDirectiveLists(oldScalar?.astNode?.directives || [], newScalar.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.SCALAR_TYPE_DEFINITION, directive, newScalar, oldScalar === null)), directiveUsageChanged(null, directive, addChange, newScalar);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newScalar);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.SCALAR_TYPE_DEFINITION, directive, oldScalar));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/changes/union.js
function buildUnionMemberRemovedMessage(args) {
  return `Member '${args.removedUnionMemberTypeName}' was removed from Union type '${args.unionName}'`;
}
function unionMemberRemovedFromMeta(args) {
  return {
    criticality: {
      level: CriticalityLevel.Breaking,
      reason: "Removing a union member from a union can cause existing queries that use this union member in a fragment spread to error."
    },
    type: ChangeType.UnionMemberRemoved,
    message: buildUnionMemberRemovedMessage(args.meta),
    meta: args.meta,
    path: args.meta.unionName
  };
}
function unionMemberRemoved(union, type) {
  return unionMemberRemovedFromMeta({
    type: ChangeType.UnionMemberRemoved,
    meta: {
      unionName: union.name,
      removedUnionMemberTypeName: type.name
    }
  });
}
function buildUnionMemberAddedMessage(args) {
  return `Member '${args.addedUnionMemberTypeName}' was added to Union type '${args.unionName}'`;
}
function buildUnionMemberAddedMessageFromMeta(args) {
  return {
    criticality: {
      level: args.meta.addedToNewType ? CriticalityLevel.NonBreaking : CriticalityLevel.Dangerous,
      reason: "Adding a possible type to Unions may break existing clients that were not programming defensively against a new possible type."
    },
    type: ChangeType.UnionMemberAdded,
    message: buildUnionMemberAddedMessage(args.meta),
    meta: args.meta,
    path: args.meta.unionName
  };
}
function unionMemberAdded(union, type, addedToNewType) {
  return buildUnionMemberAddedMessageFromMeta({
    type: ChangeType.UnionMemberAdded,
    meta: {
      unionName: union.name,
      addedUnionMemberTypeName: type.name,
      addedToNewType
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/union.js
function changesInUnion(oldUnion, newUnion, addChange) {
  let oldTypes = oldUnion?.getTypes() ?? [], newTypes = newUnion.getTypes();
  compareLists(oldTypes, newTypes, {
    onAdded(t) {
      addChange(unionMemberAdded(newUnion, t, oldUnion === null));
    },
    onRemoved(t) {
      addChange(unionMemberRemoved(oldUnion, t));
    }
  }), compareDirectiveLists(oldUnion?.astNode?.directives || [], newUnion.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.UNION_TYPE_DEFINITION, directive, newUnion, oldUnion === null)), directiveUsageChanged(null, directive, addChange, newUnion);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange, newUnion);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.UNION_TYPE_DEFINITION, directive, oldUnion));
    }
  });
}

// node_modules/@graphql-inspector/core/esm/diff/schema.js
function diffSchema(oldSchema, newSchema) {
  let changes = [];
  function addChange(change) {
    changes.push(change);
  }
  compareLists((oldSchema?.getDirectives() ?? []).filter((t) => !isSpecifiedDirective(t)), (newSchema?.getDirectives() ?? []).filter((t) => !isSpecifiedDirective(t)), {
    onAdded(directive) {
      addChange(directiveAdded(directive)), changesInDirective(null, directive, addChange);
    },
    onRemoved(directive) {
      addChange(directiveRemoved(directive));
    },
    onMutual(directive) {
      changesInDirective(directive.oldVersion, directive.newVersion, addChange);
    }
  }), changesInSchema(oldSchema, newSchema, addChange), compareLists(Object.values(oldSchema?.getTypeMap() ?? {}).filter((t) => !isPrimitive(t) && !isForIntrospection(t)), Object.values(newSchema?.getTypeMap() ?? {}).filter((t) => !isPrimitive(t) && !isForIntrospection(t)), {
    onAdded(type) {
      addChange(typeAdded(type)), changesInType(null, type, addChange);
    },
    onRemoved(type) {
      addChange(typeRemoved(type));
    },
    onMutual(type) {
      changesInType(type.oldVersion, type.newVersion, addChange);
    }
  }), compareDirectiveLists(oldSchema?.astNode?.directives || [], newSchema?.astNode?.directives || [], {
    onAdded(directive) {
      addChange(directiveUsageAdded(Kind.SCHEMA_DEFINITION, directive, newSchema, !1)), directiveUsageChanged(null, directive, addChange);
    },
    onMutual(directive) {
      directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange);
    },
    onRemoved(directive) {
      addChange(directiveUsageRemoved(Kind.SCHEMA_DEFINITION, directive, oldSchema));
    }
  });
  for (let e = 0; e < Math.max(oldSchema?.extensionASTNodes.length ?? 0, newSchema?.extensionASTNodes.length ?? 0); e++)
    compareDirectiveLists(oldSchema?.extensionASTNodes[e]?.directives || [], newSchema?.extensionASTNodes[e]?.directives || [], {
      onAdded(directive) {
        addChange(directiveUsageAdded(Kind.SCHEMA_DEFINITION, directive, newSchema, !1)), directiveUsageChanged(null, directive, addChange);
      },
      onMutual(directive) {
        directiveUsageChanged(directive.oldVersion, directive.newVersion, addChange);
      },
      onRemoved(directive) {
        addChange(directiveUsageRemoved(Kind.SCHEMA_DEFINITION, directive, oldSchema));
      }
    });
  return changes;
}
function changesInSchema(oldSchema, newSchema, addChange) {
  let oldRoot = {
    query: (oldSchema?.getQueryType() || {}).name,
    mutation: (oldSchema?.getMutationType() || {}).name,
    subscription: (oldSchema?.getSubscriptionType() || {}).name
  }, newRoot = {
    query: (newSchema?.getQueryType() || {}).name,
    mutation: (newSchema?.getMutationType() || {}).name,
    subscription: (newSchema?.getSubscriptionType() || {}).name
  };
  isNotEqual(oldRoot.query, newRoot.query) && addChange(schemaQueryTypeChanged(oldSchema, newSchema)), isNotEqual(oldRoot.mutation, newRoot.mutation) && addChange(schemaMutationTypeChanged(oldSchema, newSchema)), isNotEqual(oldRoot.subscription, newRoot.subscription) && addChange(schemaSubscriptionTypeChanged(oldSchema, newSchema));
}
function changesInType(oldType, newType, addChange) {
  (isVoid(oldType) || isEnumType(oldType)) && isEnumType(newType) ? changesInEnum(oldType, newType, addChange) : (isVoid(oldType) || isUnionType(oldType)) && isUnionType(newType) ? changesInUnion(oldType, newType, addChange) : (isVoid(oldType) || isInputObjectType(oldType)) && isInputObjectType(newType) ? changesInInputObject(oldType, newType, addChange) : (isVoid(oldType) || isObjectType(oldType)) && isObjectType(newType) ? changesInObject(oldType, newType, addChange) : (isVoid(oldType) || isInterfaceType(oldType)) && isInterfaceType(newType) ? changesInInterface(oldType, newType, addChange) : (isVoid(oldType) || isScalarType(oldType)) && isScalarType(newType) ? changesInScalar(oldType, newType, addChange) : isVoid(oldType) || addChange(typeKindChanged(oldType, newType)), isNotEqual(oldType?.description, newType.description) && (isVoid(oldType?.description) ? addChange(typeDescriptionAdded(newType)) : oldType.description && isVoid(newType.description) ? addChange(typeDescriptionRemoved(oldType)) : addChange(typeDescriptionChanged(oldType, newType)));
}

// node_modules/@graphql-inspector/core/esm/diff/index.js
var DiffRule = rules_exports;
function diff(oldSchema, newSchema, rules = [], config) {
  let changes = diffSchema(oldSchema, newSchema);
  return rules.reduce(async (prev, rule) => {
    let prevChanges = await prev;
    return rule({
      changes: prevChanges,
      oldSchema,
      newSchema,
      config
    });
  }, Promise.resolve(changes));
}

// node_modules/@graphql-inspector/core/esm/similar/index.js
function similar(schema, typeName, threshold = 0.4) {
  let typeMap = schema.getTypeMap(), targets = Object.keys(schema.getTypeMap()).filter((name) => !isPrimitive(name) && !isForIntrospection(name)).map((name) => ({
    typeId: name,
    value: stripType(typeMap[name])
  })), results = {};
  if (typeof typeName < "u" && !targets.some((t) => t.typeId === typeName))
    throw new Error(`Type '${typeName}' doesn't exist`);
  for (let source of typeName ? [{ typeId: typeName, value: "" }] : targets) {
    let sourceType = schema.getType(source.typeId), matchWith = targets.filter((target) => schema.getType(target.typeId).astNode.kind === sourceType.astNode.kind && target.typeId !== source.typeId);
    if (matchWith.length > 0) {
      let found = similarTo(sourceType, matchWith, threshold);
      found && (results[source.typeId] = found);
    }
  }
  return results;
}
function similarTo(type, targets, threshold) {
  let types = targets.filter((target) => target.typeId !== type.name), result = findBestMatch(stripType(type), types);
  if (!(result.bestMatch.rating < threshold))
    return {
      bestMatch: result.bestMatch,
      ratings: result.ratings.filter((r) => r.rating >= threshold && r.target !== result.bestMatch.target).sort((a, b) => a.rating - b.rating).reverse()
    };
}
function stripType(type) {
  return printType(type).trim().replace(/^[a-z]+ [^{]+\{/g, "").replace(/\}$/g, "").trim().split(`
`).map((s) => s.trim()).sort((a, b) => a.localeCompare(b)).join(" ");
}

// node_modules/@graphql-inspector/core/esm/validate/index.js
var import_dependency_graph = __toESM(require_dep_graph(), 1);

// node_modules/@graphql-inspector/core/esm/utils/apollo.js
function transformDocumentWithApollo(doc, { keepClientFields }) {
  return visit(doc, {
    Field(node) {
      return keepClientFields ? removeDirectives(node, ["client"]) : removeFieldIfDirectives(node, ["client"]);
    }
  });
}
function transformSchemaWithApollo(schema) {
  return extendSchema(schema, parse(
    /* GraphQL */
    `
      directive @connection(key: String!, filter: [String]) on FIELD
    `
  ));
}

// node_modules/@graphql-inspector/core/esm/validate/alias-count.js
function validateAliasCount({ source, doc, maxAliasCount, fragmentGraph }) {
  let getFragmentByFragmentName = (fragmentName) => fragmentGraph.getNodeData(fragmentName);
  for (let definition of doc.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION)
      continue;
    let aliasCount = countAliases(definition, getFragmentByFragmentName);
    if (aliasCount > maxAliasCount)
      return new GraphQLError(`Too many aliases (${aliasCount}). Maximum allowed is ${maxAliasCount}`, {
        source,
        nodes: [definition],
        positions: definition.loc?.start ? [definition.loc.start] : void 0
      });
  }
}
function countAliases(node, getFragmentByName) {
  let aliases = 0;
  if ("alias" in node && node.alias && ++aliases, "selectionSet" in node && node.selectionSet)
    for (let child of node.selectionSet.selections)
      aliases += countAliases(child, getFragmentByName);
  else if (node.kind === Kind.FRAGMENT_SPREAD) {
    let fragmentNode = getFragmentByName(node.name.value);
    fragmentNode && (aliases += countAliases(fragmentNode, getFragmentByName));
  }
  return aliases;
}

// node_modules/@graphql-inspector/core/esm/validate/complexity.js
function validateComplexity({ source, doc, maxComplexityScore, config, fragmentGraph }) {
  let getFragmentByFragmentName = (fragmentName) => fragmentGraph.getNodeData(fragmentName);
  for (let definition of doc.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION)
      continue;
    let complexityScore = calculateOperationComplexity(definition, config, getFragmentByFragmentName);
    if (complexityScore > maxComplexityScore)
      return new GraphQLError(`Too high complexity score (${complexityScore}). Maximum allowed is ${maxComplexityScore}`, {
        nodes: [definition],
        positions: definition.loc?.start ? [definition.loc.start] : void 0,
        source
      });
  }
}
function calculateOperationComplexity(node, config, getFragmentByName, depth = 0) {
  let cost = config.scalarCost;
  if ("selectionSet" in node && node.selectionSet) {
    cost = config.objectCost;
    for (let child of node.selectionSet.selections)
      cost += config.depthCostFactor * calculateOperationComplexity(child, config, getFragmentByName, depth + 1);
  }
  if (node.kind === Kind.FRAGMENT_SPREAD) {
    let fragment = getFragmentByName(node.name.value);
    fragment && (cost += config.depthCostFactor * calculateOperationComplexity(fragment, config, getFragmentByName, depth + 1));
  }
  return cost;
}

// node_modules/@graphql-inspector/core/esm/validate/directive-count.js
function validateDirectiveCount({ source, doc, maxDirectiveCount, fragmentGraph }) {
  let getFragmentByFragmentName = (fragmentName) => fragmentGraph.getNodeData(fragmentName);
  for (let definition of doc.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION)
      continue;
    let directiveCount = countDirectives(definition, getFragmentByFragmentName);
    if (directiveCount > maxDirectiveCount)
      return new GraphQLError(`Too many directives (${directiveCount}). Maximum allowed is ${maxDirectiveCount}`, {
        nodes: [definition],
        source,
        positions: definition.loc?.start ? [definition.loc.start] : void 0
      });
  }
}
function countDirectives(node, getFragmentByName) {
  let directives = 0;
  if (node.directives && (directives += node.directives.length), "selectionSet" in node && node.selectionSet)
    for (let child of node.selectionSet.selections)
      directives += countDirectives(child, getFragmentByName);
  if (node.kind === Kind.FRAGMENT_SPREAD) {
    let fragment = getFragmentByName(node.name.value);
    fragment && (directives += countDirectives(fragment, getFragmentByName));
  }
  return directives;
}

// node_modules/@graphql-inspector/core/esm/validate/query-depth.js
function validateQueryDepth({ source, doc, maxDepth, fragmentGraph }) {
  try {
    calculateDepth({
      node: doc,
      currentDepth: 0,
      maxDepth,
      getFragment(name) {
        return fragmentGraph.getNodeData(name);
      }
    });
  } catch (errorOrNode) {
    if (errorOrNode instanceof Error)
      throw errorOrNode;
    let node = errorOrNode;
    return new GraphQLError(`Query exceeds maximum depth of ${maxDepth}`, {
      nodes: node,
      source,
      positions: node.loc?.start ? [node.loc.start] : void 0
    });
  }
}
function calculateDepth({ node, currentDepth, maxDepth, getFragment }) {
  if (maxDepth && currentDepth > maxDepth)
    throw node;
  switch (node.kind) {
    case Kind.FIELD:
      return node.name.value.startsWith("__") || !node.selectionSet ? 0 : 1 + calculateDepth({
        node: node.selectionSet,
        currentDepth: currentDepth + 1,
        maxDepth,
        getFragment
      });
    case Kind.SELECTION_SET:
      return Math.max(...node.selections.map((selection) => calculateDepth({
        node: selection,
        currentDepth,
        maxDepth,
        getFragment
      })));
    case Kind.DOCUMENT:
      return Math.max(...node.definitions.map((def) => calculateDepth({
        node: def,
        currentDepth,
        maxDepth,
        getFragment
      })));
    case Kind.OPERATION_DEFINITION:
    case Kind.INLINE_FRAGMENT:
    case Kind.FRAGMENT_DEFINITION:
      return Math.max(...node.selectionSet.selections.map((selection) => calculateDepth({
        node: selection,
        currentDepth,
        maxDepth,
        getFragment
      })));
    case Kind.FRAGMENT_SPREAD:
      return calculateDepth({
        node: getFragment(node.name.value),
        currentDepth,
        maxDepth,
        getFragment
      });
    default:
      throw new Error(`Couldn't handle ${node.kind}`);
  }
}
function countDepth(node, parentDepth, getFragmentReference) {
  let depth = parentDepth;
  if ("selectionSet" in node && node.selectionSet)
    for (let child of node.selectionSet.selections)
      depth = Math.max(depth, countDepth(child, parentDepth + 1, getFragmentReference));
  if (node.kind === Kind.FRAGMENT_SPREAD) {
    let fragment = getFragmentReference(node.name.value);
    fragment && (depth = Math.max(depth, countDepth(fragment, parentDepth + 1, getFragmentReference)));
  }
  return depth;
}

// node_modules/@graphql-inspector/core/esm/validate/token-count.js
var import_parser = __toESM(require_parser(), 1), ParserWithLexer = class extends import_parser.Parser {
  get tokenCount() {
    return this.__tokenCount;
  }
  constructor(source, options) {
    super(source, options), this.__tokenCount = 0;
    let lexer = this._lexer;
    this._lexer = new Proxy(lexer, {
      get: (target, prop, receiver) => prop === "advance" ? () => {
        let token = target.advance();
        return token.kind !== TokenKind.EOF && this.__tokenCount++, token;
      } : Reflect.get(target, prop, receiver)
    });
  }
};
function calculateTokenCount(args) {
  let parser = new ParserWithLexer(args.source), document = parser.parseDocument(), { tokenCount } = parser;
  return visit(document, {
    FragmentSpread(node) {
      let fragmentSource = args.getReferencedFragmentSource(node.name.value);
      fragmentSource && (tokenCount += calculateTokenCount({
        source: fragmentSource,
        getReferencedFragmentSource: args.getReferencedFragmentSource
      }));
    }
  }), tokenCount;
}
function validateTokenCount(args) {
  let tokenCount = calculateTokenCount(args);
  if (tokenCount > args.maxTokenCount)
    return new GraphQLError(`Query exceeds maximum token count of ${args.maxTokenCount} (actual: ${tokenCount})`, {
      nodes: args.document,
      source: args.source,
      positions: args.document.loc?.start ? [args.document.loc.start] : void 0
    });
}

// node_modules/@graphql-inspector/core/esm/validate/index.js
function validate2(schema, sources, options) {
  let config = {
    strictDeprecated: !0,
    strictFragments: !0,
    keepClientFields: !1,
    apollo: !1,
    ...options
  }, invalidDocuments = [], documents = sources.map(readDocument), fragments = [], fragmentNames = [], graph = new import_dependency_graph.DepGraph({ circular: !0 });
  for (let doc of documents)
    for (let fragment of doc.fragments)
      fragmentNames.push(fragment.node.name.value), fragments.push(fragment), graph.addNode(fragment.node.name.value, fragment.node);
  for (let fragment of fragments) {
    let depends = extractFragments(print(fragment.node));
    if (depends)
      for (let name of depends)
        graph.addDependency(fragment.node.name.value, name);
  }
  for (let doc of documents.filter((doc2) => doc2.hasOperations)) {
    let docWithOperations = {
      kind: Kind.DOCUMENT,
      definitions: doc.operations.map((d) => d.node)
    }, extractedFragments = (extractFragments(print(docWithOperations)) || []).map((fragmentName) => resolveFragment(graph.getNodeData(fragmentName), graph)).reduce((list, current) => list.concat(current), []).filter((def, i, all) => all.findIndex((item) => item.name.value === def.name.value) === i), merged = {
      kind: Kind.DOCUMENT,
      definitions: [...docWithOperations.definitions, ...extractedFragments]
    }, transformedSchema = config.apollo ? transformSchemaWithApollo(schema) : schema, transformedDoc = config.apollo ? transformDocumentWithApollo(merged, {
      keepClientFields: config.keepClientFields
    }) : merged, errors = validate(transformedSchema, transformedDoc) || [];
    if (config.maxDepth) {
      let depthError = validateQueryDepth({
        source: doc.source,
        doc: transformedDoc,
        maxDepth: config.maxDepth,
        fragmentGraph: graph
      });
      depthError && errors.push(depthError);
    }
    if (config.validateComplexityConfig) {
      let complexityScoreError = validateComplexity({
        source: doc.source,
        doc: transformedDoc,
        maxComplexityScore: config.validateComplexityConfig.maxComplexityScore,
        config: {
          scalarCost: config.validateComplexityConfig.complexityScalarCost,
          objectCost: config.validateComplexityConfig.complexityObjectCost,
          depthCostFactor: config.validateComplexityConfig.complexityDepthCostFactor
        },
        fragmentGraph: graph
      });
      complexityScoreError && errors.push(complexityScoreError);
    }
    if (config.maxAliasCount) {
      let aliasError = validateAliasCount({
        source: doc.source,
        doc: transformedDoc,
        maxAliasCount: config.maxAliasCount,
        fragmentGraph: graph
      });
      aliasError && errors.push(aliasError);
    }
    if (config.maxDirectiveCount) {
      let directiveError = validateDirectiveCount({
        source: doc.source,
        doc: transformedDoc,
        maxDirectiveCount: config.maxDirectiveCount,
        fragmentGraph: graph
      });
      directiveError && errors.push(directiveError);
    }
    if (config.maxTokenCount) {
      let tokenCountError = validateTokenCount({
        source: doc.source,
        document: transformedDoc,
        maxTokenCount: config.maxTokenCount,
        getReferencedFragmentSource: (fragmentName) => print(graph.getNodeData(fragmentName))
      });
      tokenCountError && errors.push(tokenCountError);
    }
    let deprecated = config.strictDeprecated ? findDeprecatedUsages(transformedSchema, transformedDoc) : [], duplicatedFragments = config.strictFragments ? findDuplicatedFragments(fragmentNames) : [];
    sumLengths(errors, duplicatedFragments, deprecated) > 0 && invalidDocuments.push({
      source: doc.source,
      errors: [...errors, ...duplicatedFragments],
      deprecated
    });
  }
  return invalidDocuments;
}
function findDuplicatedFragments(fragmentNames) {
  return fragmentNames.filter((name, i, all) => all.indexOf(name) !== i).map((name) => new GraphQLError(`Name of '${name}' fragment is not unique`));
}
function resolveFragment(fragment, graph) {
  return graph.dependenciesOf(fragment.name.value).reduce((list, current) => [...list, ...resolveFragment(graph.getNodeData(current), graph)], [fragment]);
}
function extractFragments(document) {
  return (document.match(/[.]{3}[a-z0-9_]+\b/gi) || []).map((name) => name.replace("...", ""));
}
function sumLengths(...arrays) {
  return arrays.reduce((sum, { length }) => sum + length, 0);
}
export {
  ChangeType,
  CriticalityLevel,
  DiffRule,
  buildUnionMemberAddedMessageFromMeta,
  calculateOperationComplexity,
  calculateTokenCount,
  countAliases,
  countDepth,
  countDirectives,
  coverage,
  diff,
  directiveAddedFromMeta,
  directiveArgumentAddedFromMeta,
  directiveArgumentDefaultValueChangedFromMeta,
  directiveArgumentDescriptionChangedFromMeta,
  directiveArgumentRemovedFromMeta,
  directiveArgumentTypeChangedFromMeta,
  directiveDescriptionChangedFromMeta,
  directiveLocationAddedFromMeta,
  directiveLocationRemovedFromMeta,
  directiveRemovedFromMeta,
  directiveRepeatableAddedFromMeta,
  directiveRepeatableRemovedFromMeta,
  directiveUsageAdded,
  directiveUsageArgumentAddedFromMeta,
  directiveUsageArgumentDefinitionAddedFromMeta,
  directiveUsageArgumentDefinitionRemovedFromMeta,
  directiveUsageArgumentRemovedFromMeta,
  directiveUsageEnumAddedFromMeta,
  directiveUsageEnumRemovedFromMeta,
  directiveUsageEnumValueAddedFromMeta,
  directiveUsageEnumValueRemovedFromMeta,
  directiveUsageFieldAddedFromMeta,
  directiveUsageFieldDefinitionAddedFromMeta,
  directiveUsageFieldDefinitionRemovedFromMeta,
  directiveUsageFieldRemovedFromMeta,
  directiveUsageInputFieldDefinitionAddedFromMeta,
  directiveUsageInputFieldDefinitionRemovedFromMeta,
  directiveUsageInputObjectAddedFromMeta,
  directiveUsageInputObjectRemovedFromMeta,
  directiveUsageInterfaceAddedFromMeta,
  directiveUsageInterfaceRemovedFromMeta,
  directiveUsageObjectAddedFromMeta,
  directiveUsageObjectRemovedFromMeta,
  directiveUsageRemoved,
  directiveUsageScalarAddedFromMeta,
  directiveUsageScalarRemovedFromMeta,
  directiveUsageSchemaAddedFromMeta,
  directiveUsageSchemaRemovedFromMeta,
  directiveUsageUnionMemberAddedFromMeta,
  directiveUsageUnionMemberRemovedFromMeta,
  enumValueAddedFromMeta,
  enumValueDeprecationReasonAddedFromMeta,
  enumValueDeprecationReasonChangedFromMeta,
  enumValueDeprecationReasonRemovedFromMeta,
  enumValueDescriptionChangedFromMeta,
  enumValueRemovedFromMeta,
  fieldAddedFromMeta,
  fieldArgumentAddedFromMeta,
  fieldArgumentDefaultChangedFromMeta,
  fieldArgumentDescriptionChangedFromMeta,
  fieldArgumentRemovedFromMeta,
  fieldArgumentTypeChangedFromMeta,
  fieldDeprecationAddedFromMeta,
  fieldDeprecationReasonAddedFromMeta,
  fieldDeprecationReasonChangedFromMeta,
  fieldDeprecationReasonRemovedFromMeta,
  fieldDeprecationRemovedFromMeta,
  fieldDescriptionAddedFromMeta,
  fieldDescriptionChangedFromMeta,
  fieldDescriptionRemovedFromMeta,
  fieldRemovedFromMeta,
  fieldTypeChangedFromMeta,
  getTypePrefix,
  inputFieldAddedFromMeta,
  inputFieldDefaultValueChangedFromMeta,
  inputFieldDescriptionAddedFromMeta,
  inputFieldDescriptionChangedFromMeta,
  inputFieldDescriptionRemovedFromMeta,
  inputFieldRemovedFromMeta,
  inputFieldTypeChangedFromMeta,
  objectTypeInterfaceAddedFromMeta,
  objectTypeInterfaceRemovedFromMeta,
  schemaMutationTypeChangedFromMeta,
  schemaQueryTypeChangedFromMeta,
  schemaSubscriptionTypeChangedFromMeta,
  similar,
  typeAddedFromMeta,
  typeDescriptionAddedFromMeta,
  typeDescriptionChangedFromMeta,
  typeDescriptionRemovedFromMeta,
  typeKindChangedFromMeta,
  typeRemovedFromMeta,
  unionMemberRemovedFromMeta,
  validate2 as validate
};
