import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  require_BigInteger
} from "./chunk-Z62JGMA4.js";
import {
  __commonJS
} from "./chunk-CNPVSFHC.js";

// node_modules/node-sql-parser/build/mysql.js
var require_mysql = __commonJS({
  "node_modules/node-sql-parser/build/mysql.js"(exports) {
    (function(r, t) {
      for (var e in t) r[e] = t[e];
    })(exports, (function(r) {
      var t = {};
      function e(n) {
        if (t[n]) return t[n].exports;
        var o = t[n] = { i: n, l: !1, exports: {} };
        return r[n].call(o.exports, o, o.exports, e), o.l = !0, o.exports;
      }
      return e.m = r, e.c = t, e.d = function(r2, t2, n) {
        e.o(r2, t2) || Object.defineProperty(r2, t2, { enumerable: !0, get: n });
      }, e.r = function(r2) {
        typeof Symbol < "u" && Symbol.toStringTag && Object.defineProperty(r2, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(r2, "__esModule", { value: !0 });
      }, e.t = function(r2, t2) {
        if (1 & t2 && (r2 = e(r2)), 8 & t2 || 4 & t2 && typeof r2 == "object" && r2 && r2.__esModule) return r2;
        var n = /* @__PURE__ */ Object.create(null);
        if (e.r(n), Object.defineProperty(n, "default", { enumerable: !0, value: r2 }), 2 & t2 && typeof r2 != "string") for (var o in r2) e.d(n, o, function(t3) {
          return r2[t3];
        }.bind(null, o));
        return n;
      }, e.n = function(r2) {
        var t2 = r2 && r2.__esModule ? function() {
          return r2.default;
        } : function() {
          return r2;
        };
        return e.d(t2, "a", t2), t2;
      }, e.o = function(r2, t2) {
        return Object.prototype.hasOwnProperty.call(r2, t2);
      }, e.p = "", e(e.s = 1);
    })([function(r, t, e) {
      "use strict";
      var n = e(2);
      function o(r2, t2, e2, n2) {
        this.message = r2, this.expected = t2, this.found = e2, this.location = n2, this.name = "SyntaxError", typeof Error.captureStackTrace == "function" && Error.captureStackTrace(this, o);
      }
      (function(r2, t2) {
        function e2() {
          this.constructor = r2;
        }
        e2.prototype = t2.prototype, r2.prototype = new e2();
      })(o, Error), o.buildMessage = function(r2, t2) {
        var e2 = { literal: function(r3) {
          return '"' + o2(r3.text) + '"';
        }, class: function(r3) {
          var t3, e3 = "";
          for (t3 = 0; t3 < r3.parts.length; t3++) e3 += r3.parts[t3] instanceof Array ? s(r3.parts[t3][0]) + "-" + s(r3.parts[t3][1]) : s(r3.parts[t3]);
          return "[" + (r3.inverted ? "^" : "") + e3 + "]";
        }, any: function(r3) {
          return "any character";
        }, end: function(r3) {
          return "end of input";
        }, other: function(r3) {
          return r3.description;
        } };
        function n2(r3) {
          return r3.charCodeAt(0).toString(16).toUpperCase();
        }
        function o2(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        function s(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        return "Expected " + (function(r3) {
          var t3, n3, o3, s2 = new Array(r3.length);
          for (t3 = 0; t3 < r3.length; t3++) s2[t3] = (o3 = r3[t3], e2[o3.type](o3));
          if (s2.sort(), s2.length > 0) {
            for (t3 = 1, n3 = 1; t3 < s2.length; t3++) s2[t3 - 1] !== s2[t3] && (s2[n3] = s2[t3], n3++);
            s2.length = n3;
          }
          switch (s2.length) {
            case 1:
              return s2[0];
            case 2:
              return s2[0] + " or " + s2[1];
            default:
              return s2.slice(0, -1).join(", ") + ", or " + s2[s2.length - 1];
          }
        })(r2) + " but " + (function(r3) {
          return r3 ? '"' + o2(r3) + '"' : "end of input";
        })(t2) + " found.";
      }, r.exports = { SyntaxError: o, parse: function(r2, t2) {
        t2 = t2 !== void 0 ? t2 : {};
        var e2, s = {}, u = { start: cc }, a = cc, i = function(r3, t3) {
          return pv(r3, t3);
        }, c = function(r3, t3) {
          return { ...r3, order_by: t3 && t3.toLowerCase() };
        }, l = function(r3, t3) {
          return pv(r3, t3, 1);
        }, f = nc("IF", !0), b = "IDENTIFIED", p = nc("IDENTIFIED", !1), v = nc("WITH", !0), d = nc("BY", !0), y = nc("RANDOM", !0), w = nc("PASSWORD", !0), L = nc("AS", !0), h = function(r3, t3) {
          return pv(r3, t3);
        }, C = nc("role", !0), m = nc("NONE", !0), E = nc("SSL", !0), A = nc("X509", !0), T = nc("CIPHER", !0), _ = nc("ISSUER", !0), g = nc("SUBJECT", !0), I = function(r3, t3) {
          return t3.prefix = r3.toLowerCase(), t3;
        }, S = nc("REQUIRE", !0), N = nc("MAX_QUERIES_PER_HOUR", !0), O = nc("MAX_UPDATES_PER_HOUR", !0), R = nc("MAX_CONNECTIONS_PER_HOUR", !0), j = nc("MAX_USER_CONNECTIONS", !0), x = nc("EXPIRE", !0), k = nc("DEFAULT", !0), U = nc("NEVER", !0), D = nc("HISTORY", !0), M = nc("REUSE", !1), P = nc("CURRENT", !0), G = nc("OPTIONAL", !0), F = nc("FAILED_LOGIN_ATTEMPTS", !0), H = nc("PASSWORD_LOCK_TIME", !0), Y = nc("UNBOUNDED", !0), B = nc("ACCOUNT", !0), $ = nc("LOCK", !0), W = nc("UNLOCK", !0), q = nc("ATTRIBUTE", !0), V = nc("CASCADED", !0), X = nc("LOCAL", !0), K = nc("CHECK", !0), Q = nc("OPTION", !1), z = nc("ALGORITHM", !0), Z = nc("UNDEFINED", !0), J = nc("MERGE", !0), rr = nc("TEMPTABLE", !0), tr = nc("SQL", !0), er = nc("SECURITY", !0), nr = nc("DEFINER", !0), or = nc("INVOKER", !0), sr = function(r3, t3) {
          return pv(r3, t3);
        }, ur = nc("AUTO_INCREMENT", !0), ar = nc("UNIQUE", !0), ir = nc("KEY", !0), cr = nc("PRIMARY", !0), lr = nc("@", !1), fr = function() {
          return fv("=", { type: "origin", value: "definer" }, { type: "function", name: { name: [{ type: "default", value: "current_user" }] }, args: { type: "expr_list", value: [] } });
        }, br = nc("BEFORE", !0), pr = nc("AFTER", !0), vr = nc("FOR", !0), dr = nc("EACH", !0), yr = nc("ROW", !0), wr = nc("STATEMENT", !0), Lr = nc("FOLLOWS", !0), hr = nc("PRECEDES", !0), Cr = nc("COLUMN_FORMAT", !0), mr = nc("FIXED", !0), Er = nc("DYNAMIC", !0), Ar = nc("STORAGE", !0), Tr = nc("DISK", !0), _r = nc("MEMORY", !0), gr = nc("GENERATED", !0), Ir = nc("ALWAYS", !0), Sr = nc("STORED", !0), Nr = nc("VIRTUAL", !0), Or = nc("if", !0), Rr = nc("exists", !0), jr = nc("first", !0), xr = nc("after", !0), kr = nc("LESS", !0), Ur = nc("THAN", !0), Dr = nc("DROP", !0), Mr = nc("TRUNCATE", !0), Pr = nc("DISCARD", !0), Gr = nc("IMPORT", !0), Fr = nc("COALESCE", !0), Hr = nc("ANALYZE", !0), Yr = nc("TABLESPACE", !0), Br = nc("INSTANT", !0), $r = nc("INPLACE", !0), Wr = nc("COPY", !0), qr = nc("SHARED", !0), Vr = nc("EXCLUSIVE", !0), Xr = nc("CHANGE", !0), Kr = nc("FOREIGN", !0), Qr = nc("CONSTRAINT", !0), zr = nc("NOCHECK", !0), Zr = nc("NOT", !0), Jr = nc("REPLICATION", !0), rt = nc("FOREIGN KEY", !0), tt = nc("ENFORCED", !0), et = nc("MATCH FULL", !0), nt = nc("MATCH PARTIAL", !0), ot = nc("MATCH SIMPLE", !0), st = nc("RESTRICT", !0), ut = nc("CASCADE", !0), at = nc("SET NULL", !0), it = nc("NO ACTION", !0), ct = nc("SET DEFAULT", !0), lt = nc("CHARACTER", !0), ft = nc("SET", !0), bt = nc("CHARSET", !0), pt = nc("COLLATE", !0), vt = nc("AVG_ROW_LENGTH", !0), dt = nc("KEY_BLOCK_SIZE", !0), yt = nc("MAX_ROWS", !0), wt = nc("MIN_ROWS", !0), Lt = nc("STATS_SAMPLE_PAGES", !0), ht = nc("CHECKSUM", !1), Ct = nc("DELAY_KEY_WRITE", !1), mt = /^[01]/, Et = oc(["0", "1"], !1, !1), At = nc("CONNECTION", !0), Tt = nc("ENGINE_ATTRIBUTE", !0), _t = nc("SECONDARY_ENGINE_ATTRIBUTE", !0), gt = nc("DATA", !0), It = nc("INDEX", !0), St = nc("DIRECTORY", !0), Nt = nc("COMPRESSION", !0), Ot = nc("'", !1), Rt = nc("ZLIB", !0), jt = nc("LZ4", !0), xt = nc("ENGINE", !0), kt = function(r3, t3, e3) {
          return { keyword: r3.toLowerCase(), symbol: t3, value: e3.toUpperCase() };
        }, Ut = nc("ROW_FORMAT", !0), Dt = nc("COMPRESSED", !0), Mt = nc("REDUNDANT", !0), Pt = nc("COMPACT", !0), Gt = nc("READ", !0), Ft = nc("LOW_PRIORITY", !0), Ht = nc("WRITE", !0), Yt = function(r3, t3) {
          return pv(r3, t3);
        }, Bt = nc("BINARY", !0), $t = nc("MASTER", !0), Wt = nc("LOGS", !0), qt = nc("TRIGGERS", !0), Vt = nc("STATUS", !0), Xt = nc("PROCESSLIST", !0), Kt = nc("PROCEDURE", !0), Qt = nc("FUNCTION", !0), zt = nc("BINLOG", !0), Zt = nc("EVENTS", !0), Jt = nc("COLLATION", !0), re = nc("DATABASES", !0), te = nc("COLUMNS", !0), ee = nc("INDEXES", !0), ne = nc("EVENT", !0), oe = nc("GRANTS", !0), se = nc("SERIALIZABLE", !0), ue = nc("REPEATABLE", !0), ae = nc("COMMITTED", !0), ie = nc("UNCOMMITTED", !0), ce = function(r3) {
          return { type: "origin", value: "read " + r3.toLowerCase() };
        }, le = nc("ISOLATION", !0), fe = nc("LEVEL", !0), be = nc("ONLY", !0), pe = nc("DEFERRABLE", !0), ve = nc("commit", !0), de = nc("rollback", !0), ye = nc("begin", !0), we = nc("WORK", !0), Le = nc("TRANSACTION", !0), he = nc("start", !0), Ce = nc("transaction", !0), me = nc("FIELDS", !0), Ee = nc("TERMINATED", !0), Ae = nc("OPTIONALLY", !0), Te = nc("ENCLOSED", !0), _e = nc("ESCAPED", !0), ge = nc("STARTING", !0), Ie = nc("LINES", !0), Se = nc("LOAD", !0), Ne = nc("CONCURRENT", !0), Oe = nc("INFILE", !0), Re = nc("INTO", !0), je = nc("TABLE", !0), xe = nc("ROWS", !0), ke = nc("VIEW", !0), Ue = nc("GRANT", !0), De = nc("OPTION", !0), Me = function(r3) {
          return { type: "origin", value: Array.isArray(r3) ? r3[0] : r3 };
        }, Pe = nc("ROUTINE", !0), Ge = nc("EXECUTE", !0), Fe = nc("ADMIN", !0), He = nc("GRANT", !1), Ye = nc("PROXY", !1), Be = nc("(", !1), $e = nc(")", !1), We = /^[0-9]/, qe = oc([["0", "9"]], !1, !1), Ve = nc("IN", !0), Xe = nc("SHARE", !0), Ke = nc("MODE", !0), Qe = nc("WAIT", !0), ze = nc("NOWAIT", !0), Ze = nc("SKIP", !0), Je = nc("LOCKED", !0), rn = nc("NATURAL", !0), tn = nc("LANGUAGE", !0), en = nc("QUERY", !0), nn = nc("EXPANSION", !0), on = nc("BOOLEAN", !0), sn = nc("MATCH", !0), un = nc("AGAINST", !1), an = nc("OUTFILE", !0), cn = nc("DUMPFILE", !0), ln = nc("BTREE", !0), fn = nc("HASH", !0), bn = nc("PARSER", !0), pn = nc("VISIBLE", !0), vn = nc("INVISIBLE", !0), dn = nc("LATERAL", !0), yn = /^[_0-9]/, wn = oc(["_", ["0", "9"]], !1, !1), Ln = nc("ROLLUP", !0), hn = nc("?", !1), Cn = nc("=", !1), mn = nc("DUPLICATE", !0), En = function(r3, t3) {
          return vv(r3, t3);
        }, An = function(r3) {
          return r3[0] + " " + r3[2];
        }, Tn = nc(">=", !1), _n = nc(">", !1), gn = nc("<=", !1), In = nc("<>", !1), Sn = nc("<", !1), Nn = nc("!=", !1), On = nc("ESCAPE", !0), Rn = nc("+", !1), jn = nc("-", !1), xn = nc("*", !1), kn = nc("/", !1), Un = nc("%", !1), Dn = nc("||", !1), Mn = nc("div", !0), Pn = nc("mod", !0), Gn = nc("&", !1), Fn = nc(">>", !1), Hn = nc("<<", !1), Yn = nc("^", !1), Bn = nc("|", !1), $n = nc("!", !1), Wn = nc("~", !1), qn = nc("?|", !1), Vn = nc("?&", !1), Xn = nc("#-", !1), Kn = nc("#>>", !1), Qn = nc("#>", !1), zn = nc("@>", !1), Zn = nc("<@", !1), Jn = function(r3) {
          return av[r3.toUpperCase()] === !0;
        }, ro = nc('"', !1), to = /^[^"]/, eo = oc(['"'], !0, !1), no = /^[^']/, oo = oc(["'"], !0, !1), so = nc("`", !1), uo = /^[^`\\]/, ao = oc(["`", "\\"], !0, !1), io = function(r3, t3) {
          return r3 + t3.join("");
        }, co = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, lo = oc([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], !1, !1), fo = /^[A-Za-z0-9_$\x80-\uFFFF]/, bo = oc([["A", "Z"], ["a", "z"], ["0", "9"], "_", "$", ["\x80", "\uFFFF"]], !1, !1), po = /^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F]/, vo = oc([["A", "Z"], ["a", "z"], ["0", "9"], "_", ":", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], !1, !1), yo = nc(":", !1), wo = nc("NOW", !0), Lo = nc("OVER", !0), ho = nc("WINDOW", !0), Co = nc("FOLLOWING", !0), mo = nc("PRECEDING", !0), Eo = nc("SEPARATOR", !0), Ao = nc("YEAR_MONTH", !0), To = nc("DAY_HOUR", !0), _o = nc("DAY_MINUTE", !0), go = nc("DAY_SECOND", !0), Io = nc("DAY_MICROSECOND", !0), So = nc("HOUR_MINUTE", !0), No = nc("HOUR_SECOND", !0), Oo = nc("HOUR_MICROSECOND", !0), Ro = nc("MINUTE_SECOND", !0), jo = nc("MINUTE_MICROSECOND", !0), xo = nc("SECOND_MICROSECOND", !0), ko = nc("TIMEZONE_HOUR", !0), Uo = nc("TIMEZONE_MINUTE", !0), Do = nc("CENTURY", !0), Mo = nc("DAY", !0), Po = nc("DATE", !0), Go = nc("DECADE", !0), Fo = nc("DOW", !0), Ho = nc("DOY", !0), Yo = nc("EPOCH", !0), Bo = nc("HOUR", !0), $o = nc("ISODOW", !0), Wo = nc("ISOWEEK", !0), qo = nc("ISOYEAR", !0), Vo = nc("MICROSECONDS", !0), Xo = nc("MILLENNIUM", !0), Ko = nc("MILLISECONDS", !0), Qo = nc("MINUTE", !0), zo = nc("MONTH", !0), Zo = nc("QUARTER", !0), Jo = nc("SECOND", !0), rs = nc("TIME", !0), ts = nc("TIMEZONE", !0), es = nc("WEEK", !0), ns = nc("YEAR", !0), os = nc("DATE_TRUNC", !0), ss = nc("BOTH", !0), us = nc("LEADING", !0), as = nc("TRAILING", !0), is = nc("trim", !0), cs = nc("convert", !0), ls = nc("binary", !0), fs = nc("_binary", !0), bs = nc("_latin1", !0), ps = nc("X", !0), vs = /^[0-9A-Fa-f]/, ds = oc([["0", "9"], ["A", "F"], ["a", "f"]], !1, !1), ys = nc("b", !0), ws = nc("0x", !0), Ls = nc("N", !0), hs = function(r3, t3) {
          return { type: r3.toLowerCase(), value: t3[1].join("") };
        }, Cs = /^[^"\\\0-\x1F\x7F]/, ms = oc(['"', "\\", ["\0", ""], "\x7F"], !0, !1), Es = /^[\n]/, As = oc([`
`], !1, !1), Ts = /^[^'\\]/, _s = oc(["'", "\\"], !0, !1), gs = nc("\\'", !1), Is = nc('\\"', !1), Ss = nc("\\\\", !1), Ns = nc("\\/", !1), Os = nc("\\b", !1), Rs = nc("\\f", !1), js = nc("\\n", !1), xs = nc("\\r", !1), ks = nc("\\t", !1), Us = nc("\\u", !1), Ds = nc("\\", !1), Ms = nc("''", !1), Ps = nc('""', !1), Gs = nc("``", !1), Fs = /^[\n\r]/, Hs = oc([`
`, "\r"], !1, !1), Ys = nc(".", !1), Bs = /^[0-9a-fA-F]/, $s = oc([["0", "9"], ["a", "f"], ["A", "F"]], !1, !1), Ws = /^[eE]/, qs = oc(["e", "E"], !1, !1), Vs = /^[+\-]/, Xs = oc(["+", "-"], !1, !1), Ks = nc("NULL", !0), Qs = nc("NOT NULL", !0), zs = nc("TRUE", !0), Zs = nc("TO", !0), Js = nc("FALSE", !0), ru = nc("SHOW", !0), tu = nc("USE", !0), eu = nc("ALTER", !0), nu = nc("SELECT", !0), ou = nc("UPDATE", !0), su = nc("CREATE", !0), uu = nc("TEMPORARY", !0), au = nc("DELETE", !0), iu = nc("INSERT", !0), cu = nc("RECURSIVE", !0), lu = nc("REPLACE", !0), fu = nc("RENAME", !0), bu = nc("IGNORE", !0), pu = nc("EXPLAIN", !0), vu = nc("PARTITION", !0), du = nc("FROM", !0), yu = nc("TRIGGER", !0), wu = nc("TABLES", !0), Lu = nc("DATABASE", !0), hu = nc("SCHEMA", !0), Cu = nc("ON", !0), mu = nc("LEFT", !0), Eu = nc("RIGHT", !0), Au = nc("FULL", !0), Tu = nc("INNER", !0), _u = nc("CROSS", !0), gu = nc("STRAIGHT_JOIN", !0), Iu = nc("JOIN", !0), Su = nc("OUTER", !0), Nu = nc("UNION", !0), Ou = nc("MINUS", !0), Ru = nc("INTERSECT", !0), ju = nc("EXCEPT", !0), xu = nc("VALUES", !0), ku = nc("USING", !0), Uu = nc("WHERE", !0), Du = nc("GO", !0), Mu = nc("GROUP", !0), Pu = nc("ORDER", !0), Gu = nc("HAVING", !0), Fu = nc("LIMIT", !0), Hu = nc("OFFSET", !0), Yu = nc("ASC", !0), Bu = nc("DESC", !0), $u = nc("DESCRIBE", !0), Wu = nc("ALL", !0), qu = nc("DISTINCT", !0), Vu = nc("BETWEEN", !0), Xu = nc("IS", !0), Ku = nc("LIKE", !0), Qu = nc("RLIKE", !0), zu = nc("REGEXP", !0), Zu = nc("EXISTS", !0), Ju = nc("AND", !0), ra = nc("OR", !0), ta = nc("COUNT", !0), ea = nc("GROUP_CONCAT", !0), na = nc("MAX", !0), oa = nc("MIN", !0), sa = nc("SUM", !0), ua = nc("AVG", !0), aa = nc("EXTRACT", !0), ia = nc("CALL", !0), ca = nc("CASE", !0), la = nc("WHEN", !0), fa = nc("THEN", !0), ba = nc("ELSE", !0), pa = nc("END", !0), va = nc("CAST", !0), da = nc("VARBINARY", !0), ya = nc("BIT", !0), wa = nc("CHAR", !0), La = nc("VARCHAR", !0), ha = nc("NUMERIC", !0), Ca = nc("DECIMAL", !0), ma = nc("SIGNED", !0), Ea = nc("UNSIGNED", !0), Aa = nc("INT", !0), Ta = nc("ZEROFILL", !0), _a = nc("INTEGER", !0), ga = nc("JSON", !0), Ia = nc("SMALLINT", !0), Sa = nc("MEDIUMINT", !0), Na = nc("TINYINT", !0), Oa = nc("TINYTEXT", !0), Ra = nc("TEXT", !0), ja = nc("MEDIUMTEXT", !0), xa = nc("LONGTEXT", !0), ka = nc("BIGINT", !0), Ua = nc("ENUM", !0), Da = nc("FLOAT", !0), Ma = nc("DOUBLE", !0), Pa = nc("DATETIME", !0), Ga = nc("TIMESTAMP", !0), Fa = nc("USER", !0), Ha = nc("VECTOR", !0), Ya = nc("CURRENT_DATE", !0), Ba = (nc("ADDDATE", !0), nc("INTERVAL", !0)), $a = nc("MICROSECOND", !0), Wa = nc("CURRENT_TIME", !0), qa = nc("CURRENT_TIMESTAMP", !0), Va = nc("CURRENT_USER", !0), Xa = nc("SESSION_USER", !0), Ka = nc("SYSTEM_USER", !0), Qa = nc("GLOBAL", !0), za = nc("SESSION", !0), Za = nc("PERSIST", !0), Ja = nc("PERSIST_ONLY", !0), ri = nc("GEOMETRY", !0), ti = nc("POINT", !0), ei = nc("LINESTRING", !0), ni = nc("POLYGON", !0), oi = nc("MULTIPOINT", !0), si = nc("MULTILINESTRING", !0), ui = nc("MULTIPOLYGON", !0), ai = nc("GEOMETRYCOLLECTION", !0), ii = nc("@@", !1), ci = nc("$", !1), li = nc("return", !0), fi = nc(":=", !1), bi = nc("DUAL", !0), pi = nc("ADD", !0), vi = nc("COLUMN", !0), di = nc("MODIFY", !0), yi = nc("FULLTEXT", !0), wi = nc("SPATIAL", !0), Li = nc("COMMENT", !0), hi = nc("REFERENCES", !0), Ci = nc("SQL_CALC_FOUND_ROWS", !0), mi = nc("SQL_CACHE", !0), Ei = nc("SQL_NO_CACHE", !0), Ai = nc("SQL_SMALL_RESULT", !0), Ti = nc("SQL_BIG_RESULT", !0), _i = nc("SQL_BUFFER_RESULT", !0), gi = nc(",", !1), Ii = nc("[", !1), Si = nc("]", !1), Ni = nc(";", !1), Oi = nc("->", !1), Ri = nc("->>", !1), ji = nc("&&", !1), xi = nc("XOR", !0), ki = nc("/*", !1), Ui = nc("*/", !1), Di = nc("--", !1), Mi = nc("#", !1), Pi = { type: "any" }, Gi = /^[ \t\n\r]/, Fi = oc([" ", "	", `
`, "\r"], !1, !1), Hi = function(r3, t3, e3) {
          return { type: "assign", left: r3, symbol: t3, right: e3 };
        }, Yi = nc("boolean", !0), Bi = nc("blob", !0), $i = nc("tinyblob", !0), Wi = nc("mediumblob", !0), qi = nc("longblob", !0), Vi = function(r3, t3) {
          return { dataType: r3, ...t3 || {} };
        }, Xi = nc("ARRAY", !0), Ki = /^[0-6]/, Qi = oc([["0", "6"]], !1, !1), zi = 0, Zi = 0, Ji = [{ line: 1, column: 1 }], rc = 0, tc = [], ec = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in u)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          a = u[t2.startRule];
        }
        function nc(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function oc(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function sc(t3) {
          var e3, n2 = Ji[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !Ji[e3]; ) e3--;
          for (n2 = { line: (n2 = Ji[e3]).line, column: n2.column }; e3 < t3; ) r2.charCodeAt(e3) === 10 ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return Ji[t3] = n2, n2;
        }
        function uc(r3, t3) {
          var e3 = sc(r3), n2 = sc(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function ac(r3) {
          zi < rc || (zi > rc && (rc = zi, tc = []), tc.push(r3));
        }
        function ic(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function cc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = lc()) !== s) if (Pp() !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Nb()) !== s && (a2 = Pp()) !== s && (i2 = lc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Nb()) !== s && (a2 = Pp()) !== s && (i2 = lc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              if (!t4 || t4.length === 0) return r4;
              delete r4.tableList, delete r4.columnList;
              let e4 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) delete t4[r5][3].tableList, delete t4[r5][3].columnList, e4.go_next = t4[r5][3], e4.go = "go", e4 = e4.go_next;
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: r4 };
            })(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          else zi = r3, r3 = s;
          return r3;
        }
        function lc() {
          var r3, t3;
          return r3 = zi, Pp() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = zi, (t4 = bc()) !== s) {
              for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = kp()) !== s && (a2 = Pp()) !== s && (i2 = bc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = kp()) !== s && (a2 = Pp()) !== s && (i2 = bc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
              e3 !== s ? (Zi = r4, t4 = (function(r5, t5) {
                let e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && t5[r6][3].length !== 0 && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(hv), columnList: yv(Cv), ast: n3 };
              })(t4, e3), r4 = t4) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            return r4;
          })()) !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s), r3;
        }
        function fc() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2;
            r3 = zi, (t4 = eb()) !== s && Pp() !== s && (e3 = Lb()) !== s && Pp() !== s ? ((n2 = gc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = yl()) !== s ? (Zi = r3, i2 = t4, c2 = e3, f2 = n2, (b2 = o2) && b2.forEach((r4) => hv.add(`${i2}::${r4.db}::${r4.table}`)), t4 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: i2.toLowerCase(), keyword: c2.toLowerCase(), prefix: f2, name: b2 } }, r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
            var i2, c2, f2, b2;
            return r3 === s && (r3 = zi, (t4 = eb()) !== s && Pp() !== s && (e3 = vp()) !== s && Pp() !== s ? ((n2 = gc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = yl()) !== s && Pp() !== s ? ((u2 = Pc()) === s && (u2 = null), u2 !== s ? (Zi = r3, t4 = (function(r4, t5, e4, n3, o3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: n3, options: o3 && [{ type: "origin", value: o3 }] } };
            })(t4, e3, n2, o2, u2), r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = eb()) !== s && Pp() !== s && (e3 = mp()) !== s && Pp() !== s && (n2 = of()) !== s && Pp() !== s && (o2 = Ab()) !== s && Pp() !== s && (u2 = Cl()) !== s && Pp() !== s ? ((a2 = (function() {
              var r4, t5, e4, n3, o3, u3;
              if (r4 = zi, (t5 = Oc()) === s && (t5 = Rc()), t5 !== s) {
                for (e4 = [], n3 = zi, (o3 = Pp()) !== s ? ((u3 = Oc()) === s && (u3 = Rc()), u3 !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s ? ((u3 = Oc()) === s && (u3 = Rc()), u3 !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r4, t5 = l(t5, e4), r4 = t5) : (zi = r4, r4 = s);
              } else zi = r4, r4 = s;
              return r4;
            })()) === s && (a2 = null), a2 !== s && Pp() !== s ? (Zi = r3, t4 = (function(r4, t5, e4, n3, o3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), name: e4, table: n3, options: o3 } };
            })(t4, e3, n2, u2, a2), r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = eb()) !== s && Pp() !== s ? ((e3 = mb()) === s && (e3 = Eb()), e3 !== s && Pp() !== s ? ((n2 = gc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = hf()) !== s ? (Zi = r3, t4 = (function(r4, t5, e4, n3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: n3 } };
            })(t4, e3, n2, o2), r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = eb()) !== s && Pp() !== s && (e3 = hb()) !== s && Pp() !== s ? ((n2 = gc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Ll()) !== s ? (Zi = r3, t4 = (function(r4, t5, e4, n3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: [{ schema: n3.db, trigger: n3.table }] } };
            })(t4, e3, n2, o2), r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s))))), r3;
          })()) === s && (t3 = (function() {
            var t4;
            return (t4 = (function() {
              var r3, t5, e3, n2, o2, u2, a2, c2, l2, f2;
              r3 = zi, (t5 = ub()) !== s && Pp() !== s ? ((e3 = ab()) === s && (e3 = null), e3 !== s && Pp() !== s && Lb() !== s && Pp() !== s ? ((n2 = yc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Cl()) !== s && Pp() !== s && (u2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  return r5 = zi, Pb() !== s && Pp() !== s && (t7 = yl()) !== s ? (Zi = r5, r5 = { type: "like", table: t7 }) : (zi = r5, r5 = s), r5;
                })()) === s && (t6 = zi, jp() !== s && Pp() !== s && (e4 = r4()) !== s && Pp() !== s && xp() !== s ? (Zi = t6, (n3 = e4).parentheses = !0, t6 = n3) : (zi = t6, t6 = s));
                var n3;
                return t6;
              })()) !== s ? (Zi = r3, b2 = t5, p2 = e3, v2 = n2, y2 = u2, (d2 = o2) && hv.add(`create::${d2.db}::${d2.table}`), t5 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: b2[0].toLowerCase(), keyword: "table", temporary: p2 && p2[0].toLowerCase(), if_not_exists: v2, table: [d2], like: y2 } }, r3 = t5) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
              var b2, p2, v2, d2, y2;
              return r3 === s && (r3 = zi, (t5 = ub()) !== s && Pp() !== s ? ((e3 = ab()) === s && (e3 = null), e3 !== s && Pp() !== s && Lb() !== s && Pp() !== s ? ((n2 = yc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Cl()) !== s && Pp() !== s ? ((u2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, i2, c3;
                if (r4 = zi, (t6 = jp()) !== s) if (Pp() !== s) if ((e4 = mc()) !== s) {
                  for (n3 = [], o3 = zi, (u3 = Pp()) !== s && (a3 = Op()) !== s && (i2 = Pp()) !== s && (c3 = mc()) !== s ? o3 = u3 = [u3, a3, i2, c3] : (zi = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = zi, (u3 = Pp()) !== s && (a3 = Op()) !== s && (i2 = Pp()) !== s && (c3 = mc()) !== s ? o3 = u3 = [u3, a3, i2, c3] : (zi = o3, o3 = s);
                  n3 !== s && (o3 = Pp()) !== s && (u3 = xp()) !== s ? (Zi = r4, t6 = sr(e4, n3), r4 = t6) : (zi = r4, r4 = s);
                } else zi = r4, r4 = s;
                else zi = r4, r4 = s;
                else zi = r4, r4 = s;
                return r4;
              })()) === s && (u2 = null), u2 !== s && Pp() !== s ? ((a2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, c3;
                if (r4 = zi, (t6 = Hc()) !== s) {
                  for (e4 = [], n3 = zi, (o3 = Pp()) !== s ? ((u3 = Op()) === s && (u3 = null), u3 !== s && (a3 = Pp()) !== s && (c3 = Hc()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s ? ((u3 = Op()) === s && (u3 = null), u3 !== s && (a3 = Pp()) !== s && (c3 = Hc()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s);
                  e4 !== s ? (Zi = r4, t6 = i(t6, e4), r4 = t6) : (zi = r4, r4 = s);
                } else zi = r4, r4 = s;
                return r4;
              })()) === s && (a2 = null), a2 !== s && Pp() !== s ? ((c2 = bb()) === s && (c2 = lb()), c2 === s && (c2 = null), c2 !== s && Pp() !== s ? ((l2 = wb()) === s && (l2 = null), l2 !== s && Pp() !== s ? ((f2 = vc()) === s && (f2 = null), f2 !== s ? (Zi = r3, t5 = (function(r4, t6, e4, n3, o3, s2, u3, a3, i2) {
                return n3 && hv.add(`create::${n3.db}::${n3.table}`), { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: [n3], ignore_replace: u3 && u3[0].toLowerCase(), as: a3 && a3[0].toLowerCase(), query_expr: i2 && i2.ast, create_definitions: o3, table_options: s2 } };
              })(t5, e3, n2, o2, u2, a2, c2, l2, f2), r3 = t5) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)), r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2;
              t5 = zi, (e3 = ub()) !== s && Pp() !== s ? ((n2 = Tc()) === s && (n2 = null), n2 !== s && Pp() !== s && hb() !== s && Pp() !== s ? ((o2 = yc()) === s && (o2 = null), o2 !== s && Pp() !== s && (u2 = Cl()) !== s && Pp() !== s && (a2 = (function() {
                var t6;
                return r2.substr(zi, 6).toLowerCase() === "before" ? (t6 = r2.substr(zi, 6), zi += 6) : (t6 = s, ec === 0 && ac(br)), t6 === s && (r2.substr(zi, 5).toLowerCase() === "after" ? (t6 = r2.substr(zi, 5), zi += 5) : (t6 = s, ec === 0 && ac(pr))), t6;
              })()) !== s && Pp() !== s && (i2 = (function() {
                var r3, t6;
                return r3 = zi, (t6 = cb()) === s && (t6 = sb()) === s && (t6 = ib()), t6 !== s && (Zi = r3, t6 = { keyword: t6[0].toLowerCase() }), r3 = t6;
              })()) !== s && Pp() !== s && Ab() !== s && Pp() !== s && (c2 = Cl()) !== s && Pp() !== s && (l2 = (function() {
                var t6, e4, n3, o3;
                t6 = zi, r2.substr(zi, 3).toLowerCase() === "for" ? (e4 = r2.substr(zi, 3), zi += 3) : (e4 = s, ec === 0 && ac(vr)), e4 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "each" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(dr)), n3 === s && (n3 = null), n3 !== s && Pp() !== s ? (r2.substr(zi, 3).toLowerCase() === "row" ? (o3 = r2.substr(zi, 3), zi += 3) : (o3 = s, ec === 0 && ac(yr)), o3 === s && (r2.substr(zi, 9).toLowerCase() === "statement" ? (o3 = r2.substr(zi, 9), zi += 9) : (o3 = s, ec === 0 && ac(wr))), o3 !== s ? (Zi = t6, u3 = e4, i3 = o3, e4 = { keyword: (a3 = n3) ? `${u3.toLowerCase()} ${a3.toLowerCase()}` : u3.toLowerCase(), args: i3.toLowerCase() }, t6 = e4) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)) : (zi = t6, t6 = s);
                var u3, a3, i3;
                return t6;
              })()) !== s && Pp() !== s ? ((f2 = (function() {
                var t6, e4, n3;
                return t6 = zi, r2.substr(zi, 7).toLowerCase() === "follows" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(Lr)), e4 === s && (r2.substr(zi, 8).toLowerCase() === "precedes" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(hr))), e4 !== s && Pp() !== s && (n3 = lf()) !== s ? (Zi = t6, t6 = e4 = { keyword: e4, trigger: n3 }) : (zi = t6, t6 = s), t6;
              })()) === s && (f2 = null), f2 !== s && Pp() !== s && (b2 = (function() {
                var r3, t6;
                return r3 = zi, yb() !== s && Pp() !== s && (t6 = Nl()) !== s ? (Zi = r3, r3 = { type: "set", expr: t6 }) : (zi = r3, r3 = s), r3;
              })()) !== s ? (Zi = t5, p2 = e3, v2 = n2, d2 = o2, y2 = u2, w2 = a2, L2 = i2, h2 = c2, C2 = l2, m2 = f2, E2 = b2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: p2[0].toLowerCase(), definer: v2, keyword: "trigger", for_each: C2, if_not_exists: d2, trigger: y2, time: w2, events: [L2], order: m2, table: h2, execute: E2 } }, t5 = e3) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s);
              var p2, v2, d2, y2, w2, L2, h2, C2, m2, E2;
              return t5;
            })()) === s && (t4 = (function() {
              var r3, t5, e3, n2, o2, u2, a2, c2, l2, f2, b2, p2;
              r3 = zi, (t5 = ub()) !== s && Pp() !== s ? ((e3 = _p()) === s && (e3 = Ap()) === s && (e3 = Tp()), e3 === s && (e3 = null), e3 !== s && Pp() !== s && (n2 = mp()) !== s && Pp() !== s && (o2 = lf()) !== s && Pp() !== s ? ((u2 = pl()) === s && (u2 = null), u2 !== s && Pp() !== s && (a2 = Ab()) !== s && Pp() !== s && (c2 = Cl()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (l2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, c3;
                if (r4 = zi, (t6 = dc()) !== s) {
                  for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (c3 = dc()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (c3 = dc()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (zi = n3, n3 = s);
                  e4 !== s ? (Zi = r4, t6 = i(t6, e4), r4 = t6) : (zi = r4, r4 = s);
                } else zi = r4, r4 = s;
                return r4;
              })()) !== s && Pp() !== s && xp() !== s && Pp() !== s ? ((f2 = vl()) === s && (f2 = null), f2 !== s && Pp() !== s ? ((b2 = Oc()) === s && (b2 = null), b2 !== s && Pp() !== s ? ((p2 = Rc()) === s && (p2 = null), p2 !== s && Pp() !== s ? (Zi = r3, v2 = t5, d2 = e3, y2 = n2, w2 = o2, L2 = u2, h2 = a2, C2 = c2, m2 = l2, E2 = f2, A2 = b2, T2 = p2, t5 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: v2[0].toLowerCase(), index_type: d2 && d2.toLowerCase(), keyword: y2.toLowerCase(), index: w2, on_kw: h2[0].toLowerCase(), table: C2, index_columns: m2, index_using: L2, index_options: E2, algorithm_option: A2, lock_option: T2 } }, r3 = t5) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
              var v2, d2, y2, w2, L2, h2, C2, m2, E2, A2, T2;
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e3, n2, o2, u2;
              return r3 = zi, (t5 = ub()) !== s && Pp() !== s ? ((e3 = mb()) === s && (e3 = Eb()), e3 !== s && Pp() !== s ? ((n2 = yc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Qp()) !== s && Pp() !== s ? ((u2 = (function() {
                var r4, t6, e4, n3, o3, u3;
                if (r4 = zi, (t6 = Fc()) !== s) {
                  for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Fc()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Fc()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s);
                  e4 !== s ? (Zi = r4, t6 = l(t6, e4), r4 = t6) : (zi = r4, r4 = s);
                } else zi = r4, r4 = s;
                return r4;
              })()) === s && (u2 = null), u2 !== s ? (Zi = r3, t5 = (function(r4, t6, e4, n3, o3) {
                let s2 = t6.toLowerCase();
                return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r4[0].toLowerCase(), keyword: s2, if_not_exists: e4, [s2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(t5, e3, n2, o2, u2), r3 = t5) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2, v2, d2, y2, w2, L2, h2, C2, m2, E2;
              t5 = zi, (e3 = ub()) !== s && Pp() !== s ? (n2 = zi, (o2 = Yb()) !== s && (u2 = Pp()) !== s && (a2 = lb()) !== s ? n2 = o2 = [o2, u2, a2] : (zi = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = Pp()) !== s ? (u2 = zi, r2.substr(zi, 9).toLowerCase() === "algorithm" ? (a2 = r2.substr(zi, 9), zi += 9) : (a2 = s, ec === 0 && ac(z)), a2 !== s && (i2 = Pp()) !== s && (c2 = Lp()) !== s && (l2 = Pp()) !== s ? (r2.substr(zi, 9).toLowerCase() === "undefined" ? (f2 = r2.substr(zi, 9), zi += 9) : (f2 = s, ec === 0 && ac(Z)), f2 === s && (r2.substr(zi, 5).toLowerCase() === "merge" ? (f2 = r2.substr(zi, 5), zi += 5) : (f2 = s, ec === 0 && ac(J)), f2 === s && (r2.substr(zi, 9).toLowerCase() === "temptable" ? (f2 = r2.substr(zi, 9), zi += 9) : (f2 = s, ec === 0 && ac(rr)))), f2 !== s ? u2 = a2 = [a2, i2, c2, l2, f2] : (zi = u2, u2 = s)) : (zi = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = Pp()) !== s ? ((i2 = Tc()) === s && (i2 = null), i2 !== s && (c2 = Pp()) !== s ? (l2 = zi, r2.substr(zi, 3).toLowerCase() === "sql" ? (f2 = r2.substr(zi, 3), zi += 3) : (f2 = s, ec === 0 && ac(tr)), f2 !== s && (b2 = Pp()) !== s ? (r2.substr(zi, 8).toLowerCase() === "security" ? (p2 = r2.substr(zi, 8), zi += 8) : (p2 = s, ec === 0 && ac(er)), p2 !== s && (v2 = Pp()) !== s ? (r2.substr(zi, 7).toLowerCase() === "definer" ? (d2 = r2.substr(zi, 7), zi += 7) : (d2 = s, ec === 0 && ac(nr)), d2 === s && (r2.substr(zi, 7).toLowerCase() === "invoker" ? (d2 = r2.substr(zi, 7), zi += 7) : (d2 = s, ec === 0 && ac(or))), d2 !== s ? l2 = f2 = [f2, b2, p2, v2, d2] : (zi = l2, l2 = s)) : (zi = l2, l2 = s)) : (zi = l2, l2 = s), l2 === s && (l2 = null), l2 !== s && (f2 = Pp()) !== s && (b2 = vp()) !== s && (p2 = Pp()) !== s && (v2 = Cl()) !== s && (d2 = Pp()) !== s ? (y2 = zi, (w2 = jp()) !== s && (L2 = Pp()) !== s && (h2 = sf()) !== s && (C2 = Pp()) !== s && (m2 = xp()) !== s ? y2 = w2 = [w2, L2, h2, C2, m2] : (zi = y2, y2 = s), y2 === s && (y2 = null), y2 !== s && (w2 = Pp()) !== s && (L2 = wb()) !== s && (h2 = Pp()) !== s && (C2 = ol()) !== s && (m2 = Pp()) !== s ? ((E2 = (function() {
                var t6, e4, n3, o3, u3;
                return t6 = zi, (e4 = Sb()) !== s && Pp() !== s ? (r2.substr(zi, 8).toLowerCase() === "cascaded" ? (n3 = r2.substr(zi, 8), zi += 8) : (n3 = s, ec === 0 && ac(V)), n3 === s && (r2.substr(zi, 5).toLowerCase() === "local" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(X))), n3 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (o3 = r2.substr(zi, 5), zi += 5) : (o3 = s, ec === 0 && ac(K)), o3 !== s && Pp() !== s ? (r2.substr(zi, 6) === "OPTION" ? (u3 = "OPTION", zi += 6) : (u3 = s, ec === 0 && ac(Q)), u3 !== s ? (Zi = t6, e4 = `with ${n3.toLowerCase()} check option`, t6 = e4) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)) : (zi = t6, t6 = s), t6 === s && (t6 = zi, (e4 = Sb()) !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(K)), n3 !== s && Pp() !== s ? (r2.substr(zi, 6) === "OPTION" ? (o3 = "OPTION", zi += 6) : (o3 = s, ec === 0 && ac(Q)), o3 !== s ? (Zi = t6, t6 = e4 = "with check option") : (zi = t6, t6 = s)) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)), t6;
              })()) === s && (E2 = null), E2 !== s ? (Zi = t5, A2 = e3, T2 = n2, _2 = u2, g2 = i2, I2 = l2, N2 = y2, O2 = C2, R2 = E2, (S2 = v2).view = S2.table, delete S2.table, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: A2[0].toLowerCase(), keyword: "view", replace: T2 && "or replace", algorithm: _2 && _2[4], definer: g2, sql_security: I2 && I2[4], columns: N2 && N2[2], select: O2, view: S2, with: R2 } }, t5 = e3) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s);
              var A2, T2, _2, g2, I2, S2, N2, O2, R2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2;
              t5 = zi, (e3 = ub()) !== s && Pp() !== s && cp() !== s && Pp() !== s ? ((n2 = yc()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = zi, (t6 = wc()) !== s) {
                  for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = wc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = wc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s);
                  e4 !== s ? (Zi = r3, t6 = h(t6, e4), r3 = t6) : (zi = r3, r3 = s);
                } else zi = r3, r3 = s;
                return r3;
              })()) !== s && Pp() !== s ? ((u2 = (function() {
                var t6, e4, n3;
                return t6 = zi, Jf() !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "role" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(C)), e4 !== s && Pp() !== s && (n3 = Kc()) !== s ? (Zi = t6, t6 = { keyword: "default role", value: n3 }) : (zi = t6, t6 = s)) : (zi = t6, t6 = s), t6;
              })()) === s && (u2 = null), u2 !== s && Pp() !== s ? ((a2 = (function() {
                var t6, e4, n3;
                return t6 = zi, r2.substr(zi, 7).toLowerCase() === "require" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(S)), e4 !== s && Pp() !== s && (n3 = (function() {
                  var r3, t7, e5, n4, o3, u3, a3, i3;
                  if (r3 = zi, (t7 = Lc()) !== s) {
                    for (e5 = [], n4 = zi, (o3 = Pp()) !== s && (u3 = Hb()) !== s && (a3 = Pp()) !== s && (i3 = Lc()) !== s ? n4 = o3 = [o3, u3, a3, i3] : (zi = n4, n4 = s); n4 !== s; ) e5.push(n4), n4 = zi, (o3 = Pp()) !== s && (u3 = Hb()) !== s && (a3 = Pp()) !== s && (i3 = Lc()) !== s ? n4 = o3 = [o3, u3, a3, i3] : (zi = n4, n4 = s);
                    e5 !== s ? (Zi = r3, t7 = vv(t7, e5), r3 = t7) : (zi = r3, r3 = s);
                  } else zi = r3, r3 = s;
                  return r3;
                })()) !== s ? (Zi = t6, t6 = e4 = { keyword: "require", value: n3 }) : (zi = t6, t6 = s), t6;
              })()) === s && (a2 = null), a2 !== s && Pp() !== s ? ((i2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3;
                if (r3 = zi, (t6 = Sb()) !== s) if (Pp() !== s) if ((e4 = hc()) !== s) {
                  for (n3 = [], o3 = zi, (u3 = Pp()) !== s && (a3 = hc()) !== s ? o3 = u3 = [u3, a3] : (zi = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = zi, (u3 = Pp()) !== s && (a3 = hc()) !== s ? o3 = u3 = [u3, a3] : (zi = o3, o3 = s);
                  n3 !== s ? (Zi = r3, t6 = (function(r4, t7) {
                    let e5 = [r4];
                    if (t7) for (let r5 of t7) e5.push(r5[1]);
                    return { keyword: "with", value: e5 };
                  })(e4, n3), r3 = t6) : (zi = r3, r3 = s);
                } else zi = r3, r3 = s;
                else zi = r3, r3 = s;
                else zi = r3, r3 = s;
                return r3;
              })()) === s && (i2 = null), i2 !== s && Pp() !== s ? ((c2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = zi, (t6 = Cc()) !== s) {
                  for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Cc()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Cc()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s);
                  e4 !== s ? (Zi = r3, t6 = pv(t6, e4, 1), r3 = t6) : (zi = r3, r3 = s);
                } else zi = r3, r3 = s;
                return r3;
              })()) === s && (c2 = null), c2 !== s && Pp() !== s ? ((l2 = (function() {
                var t6, e4, n3;
                return t6 = zi, r2.substr(zi, 7).toLowerCase() === "account" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(B)), e4 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "lock" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac($)), n3 === s && (r2.substr(zi, 6).toLowerCase() === "unlock" ? (n3 = r2.substr(zi, 6), zi += 6) : (n3 = s, ec === 0 && ac(W))), n3 !== s ? (Zi = t6, e4 = (function(r3) {
                  return { type: "origin", value: r3.toLowerCase(), prefix: "account" };
                })(n3), t6 = e4) : (zi = t6, t6 = s)) : (zi = t6, t6 = s), t6;
              })()) === s && (l2 = null), l2 !== s && Pp() !== s ? ((f2 = Hp()) === s && (f2 = null), f2 !== s && Pp() !== s ? ((b2 = (function() {
                var t6, e4, n3;
                t6 = zi, r2.substr(zi, 9).toLowerCase() === "attribute" ? (e4 = r2.substr(zi, 9), zi += 9) : (e4 = s, ec === 0 && ac(q)), e4 !== s && Pp() !== s && (n3 = Yf()) !== s ? (Zi = t6, (o3 = n3).prefix = "attribute", t6 = e4 = o3) : (zi = t6, t6 = s);
                var o3;
                return t6;
              })()) === s && (b2 = null), b2 !== s ? (Zi = t5, p2 = e3, v2 = n2, d2 = o2, y2 = u2, w2 = a2, L2 = i2, m2 = c2, E2 = l2, A2 = f2, T2 = b2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: p2[0].toLowerCase(), keyword: "user", if_not_exists: v2, user: d2, default_role: y2, require: w2, resource_options: L2, password_options: m2, lock_option: E2, comment: A2, attribute: T2 } }, t5 = e3) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s);
              var p2, v2, d2, y2, w2, L2, m2, E2, A2, T2;
              return t5;
            })()), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = zi, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "truncate" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(Mr)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "TRUNCATE") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s ? ((n2 = Lb()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = yl()) !== s ? (Zi = t4, u2 = e3, a2 = n2, (i2 = o2) && i2.forEach((r3) => hv.add(`${u2}::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: u2.toLowerCase(), keyword: a2 && a2.toLowerCase() || "table", name: i2 } }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var u2, a2, i2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = zi, (t4 = fb()) !== s && Pp() !== s && Lb() !== s && Pp() !== s && (e3 = (function() {
              var r4, t5, e4, n3, o2, u2, a2, i2;
              if (r4 = zi, (t5 = bl()) !== s) {
                for (e4 = [], n3 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = bl()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = bl()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r4, t5 = sr(t5, e4), r4 = t5) : (zi = r4, r4 = s);
              } else zi = r4, r4 = s;
              return r4;
            })()) !== s ? (Zi = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && hv.add(`rename::${r5.db}::${r5.table}`))), t4 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "rename", table: n2 } }, r3 = t4) : (zi = r3, r3 = s);
            var n2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = zi, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "call" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(ia)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "CALL") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s && (n2 = (function() {
              var r3;
              return (r3 = zp()) === s && (r3 = Zp()), r3;
            })()) !== s ? (Zi = t4, o2 = n2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "call", expr: o2 } }, t4 = e3) : (zi = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = zi, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 3).toLowerCase() === "use" ? (e4 = r2.substr(zi, 3), zi += 3) : (e4 = s, ec === 0 && ac(tu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s && (n2 = lf()) !== s ? (Zi = t4, o2 = n2, hv.add(`use::${o2}::null`), e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "use", db: o2 } }, t4 = e3) : (zi = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = zi, (t4 = nb()) !== s && Pp() !== s && Lb() !== s && Pp() !== s && (e3 = Cl()) !== s && Pp() !== s && (n2 = (function() {
              var r4, t5, e4, n3, o3, u3, a2, i2;
              if (r4 = zi, (t5 = Sc()) !== s) {
                for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Sc()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Sc()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r4, t5 = sr(t5, e4), r4 = t5) : (zi = r4, r4 = s);
              } else zi = r4, r4 = s;
              return r4;
            })()) !== s ? (Zi = r3, o2 = e3, u2 = n2, hv.add(`alter::${o2.db}::${o2.table}`), t4 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "alter", table: [o2], expr: u2 } }, r3 = t4) : (zi = r3, r3 = s);
            var o2, u2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = zi, (e3 = yb()) !== s && Pp() !== s ? ((n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "global" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Qa)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "GLOBAL") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 7).toLowerCase() === "session" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(za)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "SESSION") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 5).toLowerCase() === "local" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(X)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "LOCAL") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 7).toLowerCase() === "persist" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(Za)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "PERSIST") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 12).toLowerCase() === "persist_only" ? (e4 = r2.substr(zi, 12), zi += 12) : (e4 = s, ec === 0 && ac(Ja)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "PERSIST_ONLY") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), n2 === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i2;
              if (r3 = zi, (t5 = qp()) !== s) {
                for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i2 = qp()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i2 = qp()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r3, t5 = Yt(t5, e4), r3 = t5) : (zi = r3, r3 = s);
              } else zi = r3, r3 = s;
              return r3;
            })()) !== s ? (Zi = t4, u2 = n2, (a2 = o2).keyword = u2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "set", keyword: u2, expr: a2 } }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var u2, a2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = zi, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "lock" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac($)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s && Cb() !== s && Pp() !== s && (n2 = (function() {
              var r3, t5, e4, n3, o3, u2, a2, i2;
              if (r3 = zi, (t5 = Yc()) !== s) {
                for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Yc()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Yc()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r3, t5 = Yt(t5, e4), r3 = t5) : (zi = r3, r3 = s);
              } else zi = r3, r3 = s;
              return r3;
            })()) !== s ? (Zi = t4, o2 = n2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "lock", keyword: "tables", tables: o2 } }, t4 = e3) : (zi = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = zi, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "unlock" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(W)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t5 = e4 = [e4, n2] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s && Cb() !== s ? (Zi = t4, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "unlock", keyword: "tables" } }, t4 = e3) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2;
            t4 = zi, (e3 = tb()) !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "binary" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(Bt)), n2 === s && (r2.substr(zi, 6).toLowerCase() === "master" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac($t))), n2 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 4).toLowerCase() === "logs" ? (u2 = r2.substr(zi, 4), zi += 4) : (u2 = s, ec === 0 && ac(Wt)), u2 !== s ? (Zi = t4, f2 = n2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", suffix: "logs", keyword: f2.toLowerCase() } }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var f2;
            t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s && (n2 = Cb()) !== s ? (Zi = t4, hv.add("show::null::null"), e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", keyword: "tables" } }, t4 = e3) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s ? (r2.substr(zi, 8).toLowerCase() === "triggers" ? (n2 = r2.substr(zi, 8), zi += 8) : (n2 = s, ec === 0 && ac(qt)), n2 === s && (r2.substr(zi, 6).toLowerCase() === "status" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(Vt)), n2 === s && (r2.substr(zi, 11).toLowerCase() === "processlist" ? (n2 = r2.substr(zi, 11), zi += 11) : (n2 = s, ec === 0 && ac(Xt)))), n2 !== s ? (Zi = t4, d2 = n2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", keyword: d2.toLowerCase() } }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "procedure" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(Kt)), n2 === s && (r2.substr(zi, 8).toLowerCase() === "function" ? (n2 = r2.substr(zi, 8), zi += 8) : (n2 = s, ec === 0 && ac(Qt))), n2 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "status" ? (u2 = r2.substr(zi, 6), zi += 6) : (u2 = s, ec === 0 && ac(Vt)), u2 !== s ? (Zi = t4, e3 = (function(r3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", keyword: r3.toLowerCase(), suffix: "status" } };
            })(n2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "binlog" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(zt)), n2 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "events" ? (u2 = r2.substr(zi, 6), zi += 6) : (u2 = s, ec === 0 && ac(Zt)), u2 !== s && (a2 = Pp()) !== s ? ((i2 = zl()) === s && (i2 = null), i2 !== s && Pp() !== s ? ((c2 = fl()) === s && (c2 = null), c2 !== s && Pp() !== s ? ((l2 = Sl()) === s && (l2 = null), l2 !== s ? (Zi = t4, b2 = i2, p2 = c2, v2 = l2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", suffix: "events", keyword: "binlog", in: b2, from: p2, limit: v2 } }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s ? (n2 = zi, r2.substr(zi, 9).toLowerCase() === "character" ? (o2 = r2.substr(zi, 9), zi += 9) : (o2 = s, ec === 0 && ac(lt)), o2 !== s && (u2 = Pp()) !== s ? (r2.substr(zi, 3).toLowerCase() === "set" ? (a2 = r2.substr(zi, 3), zi += 3) : (a2 = s, ec === 0 && ac(ft)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s), n2 === s && (r2.substr(zi, 9).toLowerCase() === "collation" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(Jt)), n2 === s && (r2.substr(zi, 9).toLowerCase() === "databases" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(re)))), n2 !== s && (o2 = Pp()) !== s ? ((u2 = Ql()) === s && (u2 = El()), u2 === s && (u2 = null), u2 !== s ? (Zi = t4, e3 = (function(r3, t5) {
              let e4 = Array.isArray(r3) && r3 || [r3];
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", suffix: e4[2] && e4[2].toLowerCase(), keyword: e4[0].toLowerCase(), expr: t5 } };
            })(n2, u2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "columns" ? (n2 = r2.substr(zi, 7), zi += 7) : (n2 = s, ec === 0 && ac(te)), n2 === s && (r2.substr(zi, 7).toLowerCase() === "indexes" ? (n2 = r2.substr(zi, 7), zi += 7) : (n2 = s, ec === 0 && ac(ee)), n2 === s && (r2.substr(zi, 5).toLowerCase() === "index" ? (n2 = r2.substr(zi, 5), zi += 5) : (n2 = s, ec === 0 && ac(It)))), n2 !== s && (o2 = Pp()) !== s && (u2 = fl()) !== s ? (Zi = t4, e3 = (function(r3, t5) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", keyword: r3.toLowerCase(), from: t5 } };
            })(n2, u2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e3 = tb()) !== s && Pp() !== s && (n2 = ub()) !== s && (o2 = Pp()) !== s ? ((u2 = vp()) === s && (u2 = Lb()) === s && (r2.substr(zi, 5).toLowerCase() === "event" ? (u2 = r2.substr(zi, 5), zi += 5) : (u2 = s, ec === 0 && ac(ne)), u2 === s && (u2 = hb()) === s && (r2.substr(zi, 9).toLowerCase() === "procedure" ? (u2 = r2.substr(zi, 9), zi += 9) : (u2 = s, ec === 0 && ac(Kt)))), u2 !== s && (a2 = Pp()) !== s && (i2 = Cl()) !== s ? (Zi = t4, e3 = (function(r3, t5) {
              let e4 = r3.toLowerCase();
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", keyword: "create", suffix: e4, [e4]: t5 } };
            })(u2, i2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = zi, (e4 = tb()) !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "grants" ? (n3 = r2.substr(zi, 6), zi += 6) : (n3 = s, ec === 0 && ac(oe)), n3 !== s && Pp() !== s ? ((o3 = (function() {
                var t6, e5, n4, o4, u4, a3, i3;
                t6 = zi, r2.substr(zi, 3).toLowerCase() === "for" ? (e5 = r2.substr(zi, 3), zi += 3) : (e5 = s, ec === 0 && ac(vr)), e5 !== s && Pp() !== s && (n4 = lf()) !== s && Pp() !== s ? (o4 = zi, (u4 = dp()) !== s && (a3 = Pp()) !== s && (i3 = lf()) !== s ? o4 = u4 = [u4, a3, i3] : (zi = o4, o4 = s), o4 === s && (o4 = null), o4 !== s && (u4 = Pp()) !== s ? ((a3 = (function() {
                  var r3, t7;
                  return r3 = zi, Ib() !== s && Pp() !== s && (t7 = (function() {
                    var r4, t8, e6, n5, o5, u5, a4, i4;
                    if (r4 = zi, (t8 = lf()) !== s) {
                      for (e6 = [], n5 = zi, (o5 = Pp()) !== s && (u5 = Op()) !== s && (a4 = Pp()) !== s && (i4 = lf()) !== s ? n5 = o5 = [o5, u5, a4, i4] : (zi = n5, n5 = s); n5 !== s; ) e6.push(n5), n5 = zi, (o5 = Pp()) !== s && (u5 = Op()) !== s && (a4 = Pp()) !== s && (i4 = lf()) !== s ? n5 = o5 = [o5, u5, a4, i4] : (zi = n5, n5 = s);
                      e6 !== s ? (Zi = r4, t8 = Yt(t8, e6), r4 = t8) : (zi = r4, r4 = s);
                    } else zi = r4, r4 = s;
                    return r4;
                  })()) !== s ? (Zi = r3, r3 = t7) : (zi = r3, r3 = s), r3;
                })()) === s && (a3 = null), a3 !== s ? (Zi = t6, l3 = a3, e5 = { user: n4, host: (c3 = o4) && c3[2], role_list: l3 }, t6 = e5) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)) : (zi = t6, t6 = s);
                var c3, l3;
                return t6;
              })()) === s && (o3 = null), o3 !== s ? (Zi = t5, u3 = o3, e4 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "show", keyword: "grants", for: u3 } }, t5 = e4) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s);
              var u3;
              return t5;
            })()))))))));
            var b2, p2, v2, d2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = zi, (e3 = jb()) === s && (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "describe" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac($u)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "DESCRIBE") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), e3 !== s && Pp() !== s && (n2 = lf()) !== s ? (Zi = t4, o2 = n2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "desc", table: o2 } }, t4 = e3) : (zi = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2;
            t4 = zi, r2.substr(zi, 5).toLowerCase() === "grant" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(Ue)), e3 !== s && Pp() !== s && (n2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = zi, (t5 = Vc()) !== s) {
                for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = Vc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = Vc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r3, t5 = h(t5, e4), r3 = t5) : (zi = r3, r3 = s);
              } else zi = r3, r3 = s;
              return r3;
            })()) !== s && Pp() !== s && (o2 = Ab()) !== s && Pp() !== s ? ((u2 = (function() {
              var t5, e4;
              return t5 = zi, (e4 = Lb()) === s && (r2.substr(zi, 8).toLowerCase() === "function" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(Qt)), e4 === s && (r2.substr(zi, 9).toLowerCase() === "procedure" ? (e4 = r2.substr(zi, 9), zi += 9) : (e4 = s, ec === 0 && ac(Kt)))), e4 !== s && (Zi = t5, e4 = { type: "origin", value: e4.toUpperCase() }), t5 = e4;
            })()) === s && (u2 = null), u2 !== s && Pp() !== s && (a2 = (function() {
              var r3, t5, e4, n3, o3;
              r3 = zi, t5 = zi, (e4 = lf()) === s && (e4 = Rp()), e4 !== s && (n3 = Pp()) !== s && (o3 = Np()) !== s ? t5 = e4 = [e4, n3, o3] : (zi = t5, t5 = s), t5 === s && (t5 = null), t5 !== s && (e4 = Pp()) !== s ? ((n3 = lf()) === s && (n3 = Rp()), n3 !== s ? (Zi = r3, a3 = n3, t5 = { prefix: (u3 = t5) && u3[0], name: a3 }, r3 = t5) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
              var u3, a3;
              return r3;
            })()) !== s && Pp() !== s && (i2 = rb()) !== s && Pp() !== s && (c2 = Kc()) !== s && Pp() !== s ? ((l2 = (function() {
              var t5, e4, n3;
              return t5 = zi, Sb() !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "grant" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Ue)), e4 !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "option" ? (n3 = r2.substr(zi, 6), zi += 6) : (n3 = s, ec === 0 && ac(De)), n3 !== s ? (Zi = t5, t5 = { type: "origin", value: "with grant option" }) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (l2 = null), l2 !== s ? (Zi = t4, f2 = n2, b2 = u2, p2 = a2, v2 = i2, d2 = c2, y2 = l2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "grant", keyword: "priv", objects: f2, on: { object_type: b2, priv_level: [p2] }, to_from: v2[0], user_or_roles: d2, with: y2 } }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var f2, b2, p2, v2, d2, y2;
            return t4 === s && (t4 = zi, r2.substr(zi, 5) === "GRANT" ? (e3 = "GRANT", zi += 5) : (e3 = s, ec === 0 && ac(He)), e3 !== s && Pp() !== s ? (r2.substr(zi, 5) === "PROXY" ? (n2 = "PROXY", zi += 5) : (n2 = s, ec === 0 && ac(Ye)), n2 !== s && Pp() !== s && (o2 = Ab()) !== s && Pp() !== s && (u2 = Xc()) !== s && Pp() !== s && (a2 = rb()) !== s && Pp() !== s && (i2 = Kc()) !== s && Pp() !== s ? ((c2 = Qc()) === s && (c2 = null), c2 !== s ? (Zi = t4, e3 = (function(r3, t5, e4, n3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "grant", keyword: "proxy", objects: [{ priv: { type: "origin", value: "proxy" } }], on: r3, to_from: t5[0], user_or_roles: e4, with: n3 } };
            })(u2, a2, i2, c2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, r2.substr(zi, 5) === "GRANT" ? (e3 = "GRANT", zi += 5) : (e3 = s, ec === 0 && ac(He)), e3 !== s && Pp() !== s && (n2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = zi, (t5 = lf()) !== s) {
                for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = lf()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = lf()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s);
                e4 !== s ? (Zi = r3, t5 = h(t5, e4), r3 = t5) : (zi = r3, r3 = s);
              } else zi = r3, r3 = s;
              return r3;
            })()) !== s && Pp() !== s && (o2 = rb()) !== s && Pp() !== s && (u2 = Kc()) !== s && Pp() !== s ? ((a2 = Qc()) === s && (a2 = null), a2 !== s ? (Zi = t4, e3 = (function(r3, t5, e4, n3) {
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "grant", keyword: "role", objects: r3.map((r4) => ({ priv: { type: "string", value: r4 } })), to_from: t5[0], user_or_roles: e4, with: n3 } };
            })(n2, o2, u2, a2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s))), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = zi, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 7).toLowerCase() === "explain" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(pu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s && (n2 = ol()) !== s ? (Zi = t4, o2 = n2, e3 = { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: "explain", expr: o2 } }, t4 = e3) : (zi = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            return t4 = zi, r2.substr(zi, 6).toLowerCase() === "commit" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ve)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "rollback" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(de))), e3 !== s && (Zi = t4, e3 = { type: "transaction", expr: { action: { type: "origin", value: e3 } } }), (t4 = e3) === s && (t4 = zi, r2.substr(zi, 5).toLowerCase() === "begin" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(ye)), e3 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "work" ? (n2 = r2.substr(zi, 4), zi += 4) : (n2 = s, ec === 0 && ac(we)), n2 === s && (r2.substr(zi, 11).toLowerCase() === "transaction" ? (n2 = r2.substr(zi, 11), zi += 11) : (n2 = s, ec === 0 && ac(Le))), n2 === s && (n2 = null), n2 !== s && Pp() !== s ? ((o2 = $c()) === s && (o2 = null), o2 !== s ? (Zi = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
              return { type: "transaction", expr: { action: { type: "origin", value: "begin" }, keyword: r3, modes: t5 } };
            })(n2, o2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, r2.substr(zi, 5).toLowerCase() === "start" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(he)), e3 !== s && Pp() !== s ? (r2.substr(zi, 11).toLowerCase() === "transaction" ? (n2 = r2.substr(zi, 11), zi += 11) : (n2 = s, ec === 0 && ac(Ce)), n2 !== s && Pp() !== s ? ((o2 = $c()) === s && (o2 = null), o2 !== s ? (Zi = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
              return { type: "transaction", expr: { action: { type: "origin", value: "start" }, keyword: r3, modes: t5 } };
            })(n2, o2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s))), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2, v2, y2, w2, L2, h2, C2, m2, E2, A2, T2, _2, g2, I2;
            t4 = zi, r2.substr(zi, 4).toLowerCase() === "load" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Se)), e3 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "data" ? (n2 = r2.substr(zi, 4), zi += 4) : (n2 = s, ec === 0 && ac(gt)), n2 !== s && Pp() !== s ? (r2.substr(zi, 12).toLowerCase() === "low_priority" ? (o2 = r2.substr(zi, 12), zi += 12) : (o2 = s, ec === 0 && ac(Ft)), o2 === s && (r2.substr(zi, 10).toLowerCase() === "concurrent" ? (o2 = r2.substr(zi, 10), zi += 10) : (o2 = s, ec === 0 && ac(Ne))), o2 === s && (o2 = null), o2 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "local" ? (u2 = r2.substr(zi, 5), zi += 5) : (u2 = s, ec === 0 && ac(X)), u2 === s && (u2 = null), u2 !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "infile" ? (a2 = r2.substr(zi, 6), zi += 6) : (a2 = s, ec === 0 && ac(Oe)), a2 !== s && Pp() !== s && (i2 = af()) !== s && Pp() !== s ? ((c2 = kl()) === s && (c2 = null), c2 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "into" ? (l2 = r2.substr(zi, 4), zi += 4) : (l2 = s, ec === 0 && ac(Re)), l2 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "table" ? (f2 = r2.substr(zi, 5), zi += 5) : (f2 = s, ec === 0 && ac(je)), f2 !== s && Pp() !== s && (b2 = Cl()) !== s && Pp() !== s ? ((p2 = jl()) === s && (p2 = null), p2 !== s && Pp() !== s ? (v2 = zi, (y2 = Gc()) !== s && (w2 = Pp()) !== s && (L2 = af()) !== s ? v2 = y2 = [y2, w2, L2] : (zi = v2, v2 = s), v2 === s && (v2 = null), v2 !== s && (y2 = Pp()) !== s ? ((w2 = (function() {
              var t5, e4, n3, o3, u3, a3, i3, c3, l3, f3, b3, p3;
              t5 = zi, r2.substr(zi, 6).toLowerCase() === "fields" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(me)), e4 === s && (r2.substr(zi, 7).toLowerCase() === "columns" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(te))), e4 !== s && Pp() !== s ? (n3 = zi, r2.substr(zi, 10).toLowerCase() === "terminated" ? (o3 = r2.substr(zi, 10), zi += 10) : (o3 = s, ec === 0 && ac(Ee)), o3 !== s && (u3 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "by" ? (a3 = r2.substr(zi, 2), zi += 2) : (a3 = s, ec === 0 && ac(d)), a3 !== s && (i3 = Pp()) !== s && (c3 = af()) !== s ? n3 = o3 = [o3, u3, a3, i3, c3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s), n3 === s && (n3 = null), n3 !== s && (o3 = Pp()) !== s ? (u3 = zi, r2.substr(zi, 10).toLowerCase() === "optionally" ? (a3 = r2.substr(zi, 10), zi += 10) : (a3 = s, ec === 0 && ac(Ae)), a3 === s && (a3 = null), a3 !== s && (i3 = Pp()) !== s ? (r2.substr(zi, 8).toLowerCase() === "enclosed" ? (c3 = r2.substr(zi, 8), zi += 8) : (c3 = s, ec === 0 && ac(Te)), c3 !== s && (l3 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "by" ? (f3 = r2.substr(zi, 2), zi += 2) : (f3 = s, ec === 0 && ac(d)), f3 !== s && (b3 = Pp()) !== s && (p3 = af()) !== s ? u3 = a3 = [a3, i3, c3, l3, f3, b3, p3] : (zi = u3, u3 = s)) : (zi = u3, u3 = s)) : (zi = u3, u3 = s), u3 === s && (u3 = null), u3 !== s && (a3 = Pp()) !== s ? (i3 = zi, r2.substr(zi, 7).toLowerCase() === "escaped" ? (c3 = r2.substr(zi, 7), zi += 7) : (c3 = s, ec === 0 && ac(_e)), c3 !== s && (l3 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "by" ? (f3 = r2.substr(zi, 2), zi += 2) : (f3 = s, ec === 0 && ac(d)), f3 !== s && (b3 = Pp()) !== s && (p3 = af()) !== s ? i3 = c3 = [c3, l3, f3, b3, p3] : (zi = i3, i3 = s)) : (zi = i3, i3 = s), i3 === s && (i3 = null), i3 !== s ? (Zi = t5, v3 = e4, w3 = u3, L3 = i3, (y3 = n3) && (y3[4].prefix = "TERMINATED BY"), w3 && (w3[6].prefix = (w3[0] && w3[0].toUpperCase() === "OPTIONALLY" ? "OPTIONALLY " : "") + "ENCLOSED BY"), L3 && (L3[4].prefix = "ESCAPED BY"), e4 = { keyword: v3, terminated: y3 && y3[4], enclosed: w3 && w3[6], escaped: L3 && L3[4] }, t5 = e4) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s);
              var v3, y3, w3, L3;
              return t5;
            })()) === s && (w2 = null), w2 !== s && (L2 = Pp()) !== s ? ((h2 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 5).toLowerCase() === "lines" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Ie)), e4 !== s && Pp() !== s ? ((n3 = Wc()) === s && (n3 = null), n3 !== s && Pp() !== s ? ((o3 = Wc()) === s && (o3 = null), o3 !== s ? (Zi = t5, e4 = (function(r3, t6, e5) {
                if (t6 && e5 && t6.type === e5.type) throw new Error("LINES cannot be specified twice");
                return t6 && Reflect.deleteProperty(t6, "type"), e5 && Reflect.deleteProperty(e5, "type"), { keyword: r3, ...t6 || {}, ...e5 || {} };
              })(e4, n3, o3), t5 = e4) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (h2 = null), h2 !== s && Pp() !== s ? (C2 = zi, (m2 = bb()) !== s && (E2 = Pp()) !== s && (A2 = qf()) !== s && (T2 = Pp()) !== s ? (r2.substr(zi, 5).toLowerCase() === "lines" ? (_2 = r2.substr(zi, 5), zi += 5) : (_2 = s, ec === 0 && ac(Ie)), _2 === s && (r2.substr(zi, 4).toLowerCase() === "rows" ? (_2 = r2.substr(zi, 4), zi += 4) : (_2 = s, ec === 0 && ac(xe))), _2 !== s ? C2 = m2 = [m2, E2, A2, T2, _2] : (zi = C2, C2 = s)) : (zi = C2, C2 = s), C2 === s && (C2 = null), C2 !== s && (m2 = Pp()) !== s ? ((E2 = ul()) === s && (E2 = null), E2 !== s && (A2 = Pp()) !== s ? (T2 = zi, (_2 = yb()) !== s && (g2 = Pp()) !== s && (I2 = Nl()) !== s ? T2 = _2 = [_2, g2, I2] : (zi = T2, T2 = s), T2 === s && (T2 = null), T2 !== s ? (Zi = t4, N2 = E2, O2 = T2, e3 = { type: "load_data", mode: o2, local: u2, file: i2, replace_ignore: c2, table: b2, partition: p2, character_set: v2, fields: w2, lines: h2, ignore: (S2 = C2) && { count: S2[2], suffix: S2[4] }, column: N2, set: O2 && O2[2] }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var S2, N2, O2;
            return t4;
          })()), t3;
        }
        function bc() {
          var r3;
          return (r3 = vc()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            return r4 = zi, (t3 = Pp()) !== s ? ((e3 = Zc()) === s && (e3 = null), e3 !== s && Pp() !== s && sb() !== s && Pp() !== s && (n2 = yl()) !== s && Pp() !== s && yb() !== s && Pp() !== s && (o2 = Nl()) !== s && Pp() !== s ? ((u2 = El()) === s && (u2 = null), u2 !== s && Pp() !== s ? ((a2 = _l()) === s && (a2 = null), a2 !== s && Pp() !== s ? ((i2 = Sl()) === s && (i2 = null), i2 !== s ? (Zi = r4, t3 = (function(r5, t4, e4, n3, o3, s2) {
              let u3 = {};
              return t4 && t4.forEach((r6) => {
                let { db: t5, as: e5, table: n4, join: o4 } = r6, s3 = o4 ? "select" : "update";
                t5 && (u3[n4] = t5), n4 && hv.add(`${s3}::${t5}::${n4}`);
              }), e4 && e4.forEach((r6) => {
                if (r6.table) {
                  let t5 = dv(r6.table);
                  hv.add(`update::${u3[t5] || null}::${t5}`);
                }
                Cv.add(`update::${r6.table}::${r6.column}`);
              }), { tableList: Array.from(hv), columnList: yv(Cv), ast: { with: r5, type: "update", table: t4, set: e4, where: n3, orderby: o3, limit: s2 } };
            })(e3, n2, o2, u2, a2, i2), r4 = t3) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2, c2;
            return r4 = zi, (t3 = kl()) !== s && Pp() !== s ? ((e3 = bb()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = vb()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Cl()) !== s && Pp() !== s ? ((u2 = jl()) === s && (u2 = null), u2 !== s && Pp() !== s && jp() !== s && Pp() !== s && (a2 = sf()) !== s && Pp() !== s && xp() !== s && Pp() !== s && (i2 = Rl()) !== s && Pp() !== s ? ((c2 = xl()) === s && (c2 = null), c2 !== s ? (Zi = r4, t3 = (function(r5, t4, e4, n3, o3, s2, u3, a3) {
              if (n3 && (hv.add(`insert::${n3.db}::${n3.table}`), n3.as = null), s2) {
                let r6 = n3 && n3.table || null;
                Array.isArray(u3.values) && u3.values.forEach((r7, t5) => {
                  if (r7.value.length != s2.length) throw new Error("Error: column count doesn't match value count at row " + (t5 + 1));
                }), s2.forEach((t5) => Cv.add(`insert::${r6}::${t5}`));
              }
              let i3 = [t4, e4].filter((r6) => r6).map((r6) => r6[0] && r6[0].toLowerCase()).join(" ");
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r5, table: [n3], columns: s2, values: u3, partition: o3, prefix: i3, on_duplicate_update: a3 } };
            })(t3, e3, n2, o2, u2, a2, i2, c2), r4 = t3) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            return r4 = zi, (t3 = kl()) !== s && Pp() !== s ? ((e3 = bb()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = vb()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Cl()) !== s && Pp() !== s ? ((u2 = jl()) === s && (u2 = null), u2 !== s && Pp() !== s && (a2 = Rl()) !== s && Pp() !== s ? ((i2 = xl()) === s && (i2 = null), i2 !== s ? (Zi = r4, t3 = (function(r5, t4, e4, n3, o3, s2, u3) {
              n3 && (hv.add(`insert::${n3.db}::${n3.table}`), Cv.add(`insert::${n3.table}::(.*)`), n3.as = null);
              let a3 = [t4, e4].filter((r6) => r6).map((r6) => r6[0] && r6[0].toLowerCase()).join(" ");
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r5, table: [n3], columns: null, values: s2, partition: o3, prefix: a3, on_duplicate_update: u3 } };
            })(t3, e3, n2, o2, u2, a2, i2), r4 = t3) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            return r4 = zi, (t3 = kl()) !== s && Pp() !== s ? ((e3 = bb()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = vb()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Cl()) !== s && Pp() !== s ? ((u2 = jl()) === s && (u2 = null), u2 !== s && Pp() !== s && yb() !== s && Pp() !== s && (a2 = Nl()) !== s && Pp() !== s ? ((i2 = xl()) === s && (i2 = null), i2 !== s ? (Zi = r4, t3 = (function(r5, t4, e4, n3, o3, s2, u3) {
              n3 && (hv.add(`insert::${n3.db}::${n3.table}`), Cv.add(`insert::${n3.table}::(.*)`), n3.as = null);
              let a3 = [t4, e4].filter((r6) => r6).map((r6) => r6[0] && r6[0].toLowerCase()).join(" ");
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { type: r5, table: [n3], columns: null, partition: o3, prefix: a3, set: s2, on_duplicate_update: u3 } };
            })(t3, e3, n2, o2, u2, a2, i2), r4 = t3) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            return r4 = zi, (t3 = Pp()) !== s ? ((e3 = Zc()) === s && (e3 = null), e3 !== s && Pp() !== s && ib() !== s && Pp() !== s ? ((n2 = yl()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = fl()) !== s && Pp() !== s ? ((u2 = El()) === s && (u2 = null), u2 !== s && Pp() !== s ? ((a2 = _l()) === s && (a2 = null), a2 !== s && Pp() !== s ? ((i2 = Sl()) === s && (i2 = null), i2 !== s ? (Zi = r4, t3 = (function(r5, t4, e4, n3, o3, s2) {
              if (e4 && (Array.isArray(e4) ? e4 : e4.expr).forEach((r6) => {
                let { db: t5, as: e5, table: n4, join: o4 } = r6, s3 = o4 ? "select" : "delete";
                n4 && hv.add(`${s3}::${t5}::${n4}`), o4 || Cv.add(`delete::${n4}::(.*)`);
              }), t4 === null && e4.length === 1) {
                let r6 = e4[0];
                t4 = [{ db: r6.db, table: r6.table, as: r6.as, addition: !0 }];
              }
              return { tableList: Array.from(hv), columnList: yv(Cv), ast: { with: r5, type: "delete", table: t4, from: e4, where: n3, orderby: o3, limit: s2 } };
            })(e3, n2, o2, u2, a2, i2), r4 = t3) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()) === s && (r3 = fc()) === s && (r3 = (function() {
            var r4, t3;
            for (r4 = [], t3 = Wp(); t3 !== s; ) r4.push(t3), t3 = Wp();
            return r4;
          })()), r3;
        }
        function pc() {
          var t3, e3, n2, o2;
          return t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "union" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Nu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && Pp() !== s ? ((n2 = xb()) === s && (n2 = kb()), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (o2 = n2) ? "union " + o2.toLowerCase() : "union") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "minus" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Ou)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = "minus"), (t3 = e3) === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 9).toLowerCase() === "intersect" ? (e4 = r2.substr(zi, 9), zi += 9) : (e4 = s, ec === 0 && ac(Ru)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = "intersect"), (t3 = e3) === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 6).toLowerCase() === "except" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(ju)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = "except"), t3 = e3))), t3;
        }
        function vc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = zc()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = pc()) !== s && (a2 = Pp()) !== s && (i2 = zc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = pc()) !== s && (a2 = Pp()) !== s && (i2 = zc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s && (n2 = Pp()) !== s ? ((o2 = _l()) === s && (o2 = null), o2 !== s && (u2 = Pp()) !== s ? ((a2 = Sl()) === s && (a2 = null), a2 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && (r4._limit = n3), { tableList: Array.from(hv), columnList: yv(Cv), ast: r4 };
            })(t3, e3, o2, a2)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function dc() {
          var r3, t3, e3;
          return r3 = zi, (t3 = Yl()) !== s && Pp() !== s ? ((e3 = Rb()) === s && (e3 = jb()), e3 === s && (e3 = null), e3 !== s ? (Zi = r3, r3 = t3 = c(t3, e3)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = (function() {
            var r4, t4, e4;
            return r4 = zi, (t4 = of()) !== s && Pp() !== s ? ((e4 = Rb()) === s && (e4 = jb()), e4 === s && (e4 = null), e4 !== s ? (Zi = r4, t4 = c(t4, e4), r4 = t4) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()), r3;
        }
        function yc() {
          var t3, e3;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "if" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(f)), e3 !== s && Pp() !== s && Fb() !== s && Pp() !== s && Gb() !== s ? (Zi = t3, t3 = e3 = "IF NOT EXISTS") : (zi = t3, t3 = s), t3;
        }
        function wc() {
          var t3, e3, n2;
          return t3 = zi, (e3 = Xc()) !== s && Pp() !== s ? ((n2 = (function() {
            var t4, e4, n3, o2, u2, a2, i2, c2, l2;
            return t4 = zi, r2.substr(zi, 10) === b ? (e4 = b, zi += 10) : (e4 = s, ec === 0 && ac(p)), e4 !== s && Pp() !== s ? (n3 = zi, r2.substr(zi, 4).toLowerCase() === "with" ? (o2 = r2.substr(zi, 4), zi += 4) : (o2 = s, ec === 0 && ac(v)), o2 !== s && (u2 = Pp()) !== s && (a2 = lf()) !== s ? n3 = o2 = [o2, u2, a2] : (zi = n3, n3 = s), n3 === s && (n3 = null), n3 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "by" ? (u2 = r2.substr(zi, 2), zi += 2) : (u2 = s, ec === 0 && ac(d)), u2 !== s && (a2 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "random" ? (i2 = r2.substr(zi, 6), zi += 6) : (i2 = s, ec === 0 && ac(y)), i2 !== s && Pp() !== s ? (r2.substr(zi, 8).toLowerCase() === "password" ? (c2 = r2.substr(zi, 8), zi += 8) : (c2 = s, ec === 0 && ac(w)), c2 !== s ? (Zi = t4, t4 = e4 = { keyword: ["identified", (l2 = n3) && l2[0].toLowerCase()].filter((r3) => r3).join(" "), auth_plugin: l2 && l2[2], value: { prefix: "by", type: "origin", value: "random password" } }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, r2.substr(zi, 10) === b ? (e4 = b, zi += 10) : (e4 = s, ec === 0 && ac(p)), e4 !== s && Pp() !== s ? (n3 = zi, r2.substr(zi, 4).toLowerCase() === "with" ? (o2 = r2.substr(zi, 4), zi += 4) : (o2 = s, ec === 0 && ac(v)), o2 !== s && (u2 = Pp()) !== s && (a2 = lf()) !== s ? n3 = o2 = [o2, u2, a2] : (zi = n3, n3 = s), n3 === s && (n3 = null), n3 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "by" ? (u2 = r2.substr(zi, 2), zi += 2) : (u2 = s, ec === 0 && ac(d)), u2 !== s && (a2 = Pp()) !== s && (i2 = Yf()) !== s ? (Zi = t4, t4 = e4 = (function(r3, t5) {
              return t5.prefix = "by", { keyword: ["identified", r3 && r3[0].toLowerCase()].filter((r4) => r4).join(" "), auth_plugin: r3 && r3[2], value: t5 };
            })(n3, i2)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, r2.substr(zi, 10) === b ? (e4 = b, zi += 10) : (e4 = s, ec === 0 && ac(p)), e4 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "with" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(v)), n3 !== s && (o2 = Pp()) !== s && (u2 = lf()) !== s && (a2 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "as" ? (i2 = r2.substr(zi, 2), zi += 2) : (i2 = s, ec === 0 && ac(L)), i2 !== s && Pp() !== s && (c2 = Yf()) !== s ? (Zi = t4, t4 = e4 = (function(r3, t5) {
              return t5.prefix = "as", { keyword: "identified with", auth_plugin: r3 && r3[2], value: t5 };
            })(u2, c2)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s))), t4;
          })()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = { user: e3, auth_option: n2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Lc() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "none" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(m)), e3 === s && (r2.substr(zi, 3).toLowerCase() === "ssl" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(E)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "x509" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(A)))), e3 !== s && (Zi = t3, e3 = { type: "origin", value: e3 }), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 6).toLowerCase() === "cipher" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(T)), e3 === s && (r2.substr(zi, 6).toLowerCase() === "issuer" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(_)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "subject" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(g)))), e3 !== s && Pp() !== s && (n2 = Yf()) !== s ? (Zi = t3, t3 = e3 = I(e3, n2)) : (zi = t3, t3 = s)), t3;
        }
        function hc() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 20).toLowerCase() === "max_queries_per_hour" ? (e3 = r2.substr(zi, 20), zi += 20) : (e3 = s, ec === 0 && ac(N)), e3 === s && (r2.substr(zi, 20).toLowerCase() === "max_updates_per_hour" ? (e3 = r2.substr(zi, 20), zi += 20) : (e3 = s, ec === 0 && ac(O)), e3 === s && (r2.substr(zi, 24).toLowerCase() === "max_connections_per_hour" ? (e3 = r2.substr(zi, 24), zi += 24) : (e3 = s, ec === 0 && ac(R)), e3 === s && (r2.substr(zi, 20).toLowerCase() === "max_user_connections" ? (e3 = r2.substr(zi, 20), zi += 20) : (e3 = s, ec === 0 && ac(j))))), e3 !== s && Pp() !== s && (n2 = qf()) !== s ? (Zi = t3, t3 = e3 = I(e3, n2)) : (zi = t3, t3 = s), t3;
        }
        function Cc() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "password" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(w)), e3 !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "expire" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(x)), n2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "default" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(k)), o2 === s && (r2.substr(zi, 5).toLowerCase() === "never" ? (o2 = r2.substr(zi, 5), zi += 5) : (o2 = s, ec === 0 && ac(U)), o2 === s && (o2 = Pl())), o2 !== s ? (Zi = t3, t3 = e3 = { keyword: "password expire", value: typeof (a2 = o2) == "string" ? { type: "origin", value: a2 } : a2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 8).toLowerCase() === "password" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(w)), e3 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "history" ? (n2 = r2.substr(zi, 7), zi += 7) : (n2 = s, ec === 0 && ac(D)), n2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "default" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(k)), o2 === s && (o2 = qf()), o2 !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "password history", value: typeof r3 == "string" ? { type: "origin", value: r3 } : r3 };
          })(o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 8).toLowerCase() === "password" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(w)), e3 !== s && Pp() !== s ? (r2.substr(zi, 5) === "REUSE" ? (n2 = "REUSE", zi += 5) : (n2 = s, ec === 0 && ac(M)), n2 !== s && Pp() !== s && (o2 = Pl()) !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "password reuse", value: r3 };
          })(o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 8).toLowerCase() === "password" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(w)), e3 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "require" ? (n2 = r2.substr(zi, 7), zi += 7) : (n2 = s, ec === 0 && ac(S)), n2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "current" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(P)), o2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "default" ? (u2 = r2.substr(zi, 7), zi += 7) : (u2 = s, ec === 0 && ac(k)), u2 === s && (r2.substr(zi, 8).toLowerCase() === "optional" ? (u2 = r2.substr(zi, 8), zi += 8) : (u2 = s, ec === 0 && ac(G))), u2 !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "password require current", value: { type: "origin", value: r3 } };
          })(u2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 21).toLowerCase() === "failed_login_attempts" ? (e3 = r2.substr(zi, 21), zi += 21) : (e3 = s, ec === 0 && ac(F)), e3 !== s && Pp() !== s && (n2 = qf()) !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "failed_login_attempts", value: r3 };
          })(n2)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 18).toLowerCase() === "password_lock_time" ? (e3 = r2.substr(zi, 18), zi += 18) : (e3 = s, ec === 0 && ac(H)), e3 !== s && Pp() !== s ? ((n2 = qf()) === s && (r2.substr(zi, 9).toLowerCase() === "unbounded" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(Y))), n2 !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "password_lock_time", value: typeof r3 == "string" ? { type: "origin", value: r3 } : r3 };
          })(n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)))))), t3;
        }
        function mc() {
          var r3;
          return (r3 = kc()) === s && (r3 = Ac()) === s && (r3 = jc()) === s && (r3 = xc()), r3;
        }
        function Ec() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, (e3 = (function() {
            var t4, e4;
            return t4 = zi, (e4 = (function() {
              var t5, e5, n3, o3;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "not null" ? (e5 = r2.substr(zi, 8), zi += 8) : (e5 = s, ec === 0 && ac(Qs)), e5 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && (Zi = t4, e4 = { type: "not null", value: "not null" }), t4 = e4;
          })()) === s && (e3 = Hf()), e3 !== s && (Zi = t3, (u2 = e3) && !u2.value && (u2.value = "null"), e3 = { nullable: u2 }), (t3 = e3) === s && (t3 = zi, (e3 = (function() {
            var r3, t4;
            return r3 = zi, Jf() !== s && Pp() !== s && (t4 = Yl()) !== s ? (Zi = r3, r3 = { type: "default", value: t4 }) : (zi = r3, r3 = s), r3;
          })()) !== s && (Zi = t3, e3 = { default_val: e3 }), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 14).toLowerCase() === "auto_increment" ? (e3 = r2.substr(zi, 14), zi += 14) : (e3 = s, ec === 0 && ac(ur)), e3 !== s && (Zi = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 6).toLowerCase() === "unique" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ar)), e3 !== s && Pp() !== s ? (r2.substr(zi, 3).toLowerCase() === "key" ? (n2 = r2.substr(zi, 3), zi += 3) : (n2 = s, ec === 0 && ac(ir)), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3) {
            let t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 7).toLowerCase() === "primary" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(cr)), e3 === s && (e3 = null), e3 !== s && Pp() !== s ? (r2.substr(zi, 3).toLowerCase() === "key" ? (n2 = r2.substr(zi, 3), zi += 3) : (n2 = s, ec === 0 && ac(ir)), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3) {
            let t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Hp()) !== s && (Zi = t3, e3 = { comment: e3 }), (t3 = e3) === s && (t3 = zi, (e3 = _c()) !== s && (Zi = t3, e3 = { collate: e3 }), (t3 = e3) === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 13).toLowerCase() === "column_format" ? (e4 = r2.substr(zi, 13), zi += 13) : (e4 = s, ec === 0 && ac(Cr)), e4 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "fixed" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(mr)), n3 === s && (r2.substr(zi, 7).toLowerCase() === "dynamic" ? (n3 = r2.substr(zi, 7), zi += 7) : (n3 = s, ec === 0 && ac(Er)), n3 === s && (r2.substr(zi, 7).toLowerCase() === "default" ? (n3 = r2.substr(zi, 7), zi += 7) : (n3 = s, ec === 0 && ac(k)))), n3 !== s ? (Zi = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = { column_format: e3 }), (t3 = e3) === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 7).toLowerCase() === "storage" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(Ar)), e4 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "disk" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(Tr)), n3 === s && (r2.substr(zi, 6).toLowerCase() === "memory" ? (n3 = r2.substr(zi, 6), zi += 6) : (n3 = s, ec === 0 && ac(_r))), n3 !== s ? (Zi = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = { storage: e3 }), (t3 = e3) === s && (t3 = zi, (e3 = Dc()) !== s && (Zi = t3, e3 = { reference_definition: e3 }), (t3 = e3) === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3, u3, a2, i2, c2;
            return t4 = zi, (e4 = Uc()) === s && (e4 = null), e4 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(K)), n3 !== s && Pp() !== s && jp() !== s && Pp() !== s && (o3 = Bl()) !== s && Pp() !== s && xp() !== s && Pp() !== s ? (u3 = zi, (a2 = Fb()) === s && (a2 = null), a2 !== s && (i2 = Pp()) !== s ? (r2.substr(zi, 8).toLowerCase() === "enforced" ? (c2 = r2.substr(zi, 8), zi += 8) : (c2 = s, ec === 0 && ac(tt)), c2 !== s ? u3 = a2 = [a2, i2, c2] : (zi = u3, u3 = s)) : (zi = u3, u3 = s), u3 === s && (u3 = null), u3 !== s ? (Zi = t4, e4 = (function(r3, t5, e5, n4) {
              let o4 = [];
              return n4 && o4.push(n4[0], n4[2]), { constraint_type: t5.toLowerCase(), keyword: r3 && r3.keyword, constraint: r3 && r3.constraint, definition: [e5], enforced: o4.filter((r4) => r4).join(" ").toLowerCase(), resource: "constraint" };
            })(e4, n3, o3, u3), t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = { check: e3 }), (t3 = e3) === s && (t3 = zi, (e3 = Gc()) !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = af()) !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { character_set: { type: r3, value: e4, symbol: t4 } };
          })(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3, u3, a2, i2, c2;
            if (t4 = zi, e4 = zi, (n3 = (function() {
              var t5, e5, n4, o4, u4;
              return t5 = zi, e5 = zi, r2.substr(zi, 9).toLowerCase() === "generated" ? (n4 = r2.substr(zi, 9), zi += 9) : (n4 = s, ec === 0 && ac(gr)), n4 !== s && (o4 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "always" ? (u4 = r2.substr(zi, 6), zi += 6) : (u4 = s, ec === 0 && ac(Ir)), u4 !== s ? e5 = n4 = [n4, o4, u4] : (zi = e5, e5 = s)) : (zi = e5, e5 = s), e5 !== s && (Zi = t5, e5 = e5.join("").toLowerCase()), t5 = e5;
            })()) === s && (n3 = null), n3 !== s && (o3 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "as" ? (u3 = r2.substr(zi, 2), zi += 2) : (u3 = s, ec === 0 && ac(L)), u3 !== s ? e4 = n3 = [n3, o3, u3] : (zi = e4, e4 = s)) : (zi = e4, e4 = s), e4 !== s) if ((n3 = Pp()) !== s) if ((o3 = jp()) !== s) if ((u3 = Pp()) !== s) if ((a2 = Ff()) === s && (a2 = Yl()), a2 !== s) if (Pp() !== s) if (xp() !== s) if (Pp() !== s) {
              for (i2 = [], r2.substr(zi, 6).toLowerCase() === "stored" ? (c2 = r2.substr(zi, 6), zi += 6) : (c2 = s, ec === 0 && ac(Sr)), c2 === s && (r2.substr(zi, 7).toLowerCase() === "virtual" ? (c2 = r2.substr(zi, 7), zi += 7) : (c2 = s, ec === 0 && ac(Nr))); c2 !== s; ) i2.push(c2), r2.substr(zi, 6).toLowerCase() === "stored" ? (c2 = r2.substr(zi, 6), zi += 6) : (c2 = s, ec === 0 && ac(Sr)), c2 === s && (r2.substr(zi, 7).toLowerCase() === "virtual" ? (c2 = r2.substr(zi, 7), zi += 7) : (c2 = s, ec === 0 && ac(Nr)));
              i2 !== s ? (Zi = t4, l2 = i2, e4 = { type: "generated", expr: a2, value: e4.filter((r3) => typeof r3 == "string").join(" ").toLowerCase(), storage_type: l2 && l2[0] && l2[0].toLowerCase() }, t4 = e4) : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            var l2;
            return t4;
          })()) !== s && (Zi = t3, e3 = { generated: e3 }), t3 = e3)))))))))))), t3;
        }
        function Ac() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = zi, (t3 = of()) !== s && Pp() !== s && (e3 = ev()) !== s && Pp() !== s ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, u3;
            if (r4 = zi, (t4 = Ec()) !== s) if (Pp() !== s) {
              for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = Ec()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = Ec()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s);
              e4 !== s ? (Zi = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            return r4;
          })()) === s && (n2 = null), n2 !== s ? (Zi = r3, o2 = t3, u2 = e3, a2 = n2, Cv.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: u2, resource: "column", ...a2 || {} }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Tc() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "definer" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(nr)), e3 !== s && Pp() !== s && Lp() !== s && Pp() !== s ? ((n2 = df()) === s && (n2 = Yf()), n2 !== s && Pp() !== s ? (r2.charCodeAt(zi) === 64 ? (o2 = "@", zi++) : (o2 = s, ec === 0 && ac(lr)), o2 !== s && Pp() !== s ? ((u2 = df()) === s && (u2 = Yf()), u2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            let e4 = fv("@", r3, t4);
            return fv("=", { type: "origin", value: "definer" }, e4);
          })(n2, u2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 7).toLowerCase() === "definer" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(nr)), e3 !== s && Pp() !== s && Lp() !== s && Pp() !== s && (n2 = pp()) !== s && Pp() !== s && (o2 = jp()) !== s && Pp() !== s && (u2 = xp()) !== s ? (Zi = t3, t3 = e3 = fr()) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 7).toLowerCase() === "definer" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(nr)), e3 !== s && Pp() !== s && Lp() !== s && Pp() !== s && (n2 = pp()) !== s ? (Zi = t3, t3 = e3 = fr()) : (zi = t3, t3 = s))), t3;
        }
        function _c() {
          var t3, e3, n2;
          return t3 = zi, (function() {
            var t4, e4, n3, o2;
            return t4 = zi, r2.substr(zi, 7).toLowerCase() === "collate" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(pt)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "COLLATE") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s ? ((e3 = Lp()) === s && (e3 = null), e3 !== s && Pp() !== s && (n2 = lf()) !== s ? (Zi = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function gc() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "if" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(Or)), e3 !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "exists" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(Rr)), n2 !== s ? (Zi = t3, t3 = e3 = "if exists") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ic() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "first" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(jr)), e3 !== s && (Zi = t3, e3 = { keyword: e3 }), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 5).toLowerCase() === "after" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(xr)), e3 !== s && Pp() !== s && (n2 = of()) !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
            return { keyword: r3, expr: t4 };
          })(e3, n2)) : (zi = t3, t3 = s)), t3;
        }
        function Sc() {
          var t3, e3, n2;
          return (t3 = (function() {
            var r3, t4;
            return r3 = zi, hp() !== s && Pp() !== s && (t4 = kc()) !== s ? (Zi = r3, r3 = { action: "add", create_definitions: t4, resource: "constraint", type: "alter" }) : (zi = r3, r3 = s), r3;
          })()) === s && (t3 = (function() {
            var t4, e4, n3, o2;
            return t4 = zi, (e4 = eb()) !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(K)), n3 !== s && Pp() !== s && (o2 = hf()) !== s ? (Zi = t4, e4 = { action: "drop", constraint: o2, keyword: n3.toLowerCase(), resource: "constraint", type: "alter" }, t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e4 = eb()) !== s && Pp() !== s ? (r2.substr(zi, 10).toLowerCase() === "constraint" ? (n3 = r2.substr(zi, 10), zi += 10) : (n3 = s, ec === 0 && ac(Qr)), n3 !== s && Pp() !== s && (o2 = hf()) !== s ? (Zi = t4, e4 = (function(r3, t5) {
              return { action: "drop", constraint: t5, keyword: r3.toLowerCase(), resource: "constraint", type: "alter" };
            })(n3, o2), t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)), t4;
          })()) === s && (t3 = (function() {
            var t4, e4, n3, o2, u2, a2;
            return t4 = zi, (e4 = eb()) !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "primary" ? (n3 = r2.substr(zi, 7), zi += 7) : (n3 = s, ec === 0 && ac(cr)), n3 !== s && (o2 = Pp()) !== s && (u2 = Ep()) !== s ? (Zi = t4, t4 = e4 = { action: "drop", key: "", keyword: "primary key", resource: "key", type: "alter" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e4 = eb()) !== s && Pp() !== s ? (n3 = zi, r2.substr(zi, 7).toLowerCase() === "foreign" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(Kr)), o2 === s && (o2 = null), o2 !== s && (u2 = Pp()) !== s && (a2 = Ep()) !== s ? n3 = o2 = [o2, u2, a2] : (zi = n3, n3 = s), n3 === s && (n3 = mp()), n3 !== s && (o2 = Pp()) !== s && (u2 = lf()) !== s ? (Zi = t4, e4 = (function(r3, t5) {
              let e5 = Array.isArray(r3) ? "key" : "index";
              return { action: "drop", [e5]: t5, keyword: Array.isArray(r3) ? "" + [r3[0], r3[2]].filter((r4) => r4).join(" ").toLowerCase() : r3.toLowerCase(), resource: e5, type: "alter" };
            })(n3, u2), t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)), t4;
          })()) === s && (t3 = (function() {
            var t4, e4, n3, o2;
            return t4 = zi, Sb() !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(K)), e4 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(K)), n3 !== s && Pp() !== s && Ip() !== s && Pp() !== s && (o2 = hf()) !== s ? (Zi = t4, t4 = { action: "with", constraint: o2, keyword: "check check", resource: "constraint", type: "alter" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 7).toLowerCase() === "nocheck" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(zr)), e4 !== s && Pp() !== s && Ip() !== s && Pp() !== s && (n3 = hf()) !== s ? (Zi = t4, t4 = e4 = { action: "nocheck", constraint: n3, resource: "constraint", type: "alter" }) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e4, n3, o2;
            r3 = zi, (t4 = hp()) !== s && Pp() !== s && (e4 = Cp()) !== s && Pp() !== s && (n3 = Ac()) !== s && Pp() !== s ? ((o2 = Ic()) === s && (o2 = null), o2 !== s ? (Zi = r3, u2 = e4, a2 = n3, i2 = o2, t4 = { action: "add", ...a2, keyword: u2, suffix: i2, resource: "column", type: "alter" }, r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
            var u2, a2, i2;
            return r3 === s && (r3 = zi, (t4 = hp()) !== s && Pp() !== s && (e4 = Ac()) !== s && Pp() !== s ? ((n3 = Ic()) === s && (n3 = null), n3 !== s ? (Zi = r3, t4 = (function(r4, t5) {
              return { action: "add", ...r4, suffix: t5, resource: "column", type: "alter" };
            })(e4, n3), r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)), r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e4, n3;
            return r3 = zi, (t4 = eb()) !== s && Pp() !== s && (e4 = Cp()) !== s && Pp() !== s && (n3 = of()) !== s ? (Zi = r3, r3 = t4 = { action: "drop", column: n3, keyword: e4, resource: "column", type: "alter" }) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = eb()) !== s && Pp() !== s && (e4 = of()) !== s ? (Zi = r3, t4 = /* @__PURE__ */ (function(r4) {
              return { action: "drop", column: r4, resource: "column", type: "alter" };
            })(e4), r3 = t4) : (zi = r3, r3 = s)), r3;
          })()) === s && (t3 = (function() {
            var t4, e4, n3, o2, u2;
            t4 = zi, (e4 = (function() {
              var t5, e5, n4, o3;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "modify" ? (e5 = r2.substr(zi, 6), zi += 6) : (e5 = s, ec === 0 && ac(di)), e5 !== s ? (n4 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t5, t5 = e5 = "MODIFY") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s ? ((n3 = Cp()) === s && (n3 = null), n3 !== s && Pp() !== s && (o2 = Ac()) !== s && Pp() !== s ? ((u2 = Ic()) === s && (u2 = null), u2 !== s ? (Zi = t4, a2 = o2, i2 = u2, e4 = { action: "modify", keyword: n3, ...a2, suffix: i2, resource: "column", type: "alter" }, t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var a2, i2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e4;
            r3 = zi, (t4 = hp()) !== s && Pp() !== s && (e4 = jc()) !== s ? (Zi = r3, n3 = e4, t4 = { action: "add", type: "alter", ...n3 }, r3 = t4) : (zi = r3, r3 = s);
            var n3;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e4;
            r3 = zi, (t4 = hp()) !== s && Pp() !== s && (e4 = xc()) !== s ? (Zi = r3, n3 = e4, t4 = { action: "add", type: "alter", ...n3 }, r3 = t4) : (zi = r3, r3 = s);
            var n3;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e4, n3, o2;
            r3 = zi, (t4 = fb()) !== s && Pp() !== s && Cp() !== s && Pp() !== s && (e4 = of()) !== s && Pp() !== s ? ((n3 = rb()) === s && (n3 = wb()), n3 === s && (n3 = null), n3 !== s && Pp() !== s && (o2 = of()) !== s ? (Zi = r3, a2 = o2, t4 = { action: "rename", type: "alter", resource: "column", keyword: "column", old_column: e4, prefix: (u2 = n3) && u2[0].toLowerCase(), column: a2 }, r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
            var u2, a2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e4, n3;
            r3 = zi, (t4 = fb()) !== s && Pp() !== s ? ((e4 = rb()) === s && (e4 = wb()), e4 === s && (e4 = null), e4 !== s && Pp() !== s && (n3 = lf()) !== s ? (Zi = r3, u2 = n3, t4 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e4) && o2[0].toLowerCase(), table: u2 }, r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
            var o2, u2;
            return r3;
          })()) === s && (t3 = Oc()) === s && (t3 = Rc()) === s && (t3 = (function() {
            var t4, e4, n3, o2, u2, a2;
            t4 = zi, r2.substr(zi, 6).toLowerCase() === "change" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Xr)), e4 !== s && Pp() !== s ? ((n3 = Cp()) === s && (n3 = null), n3 !== s && Pp() !== s && (o2 = of()) !== s && Pp() !== s && (u2 = Ac()) !== s && Pp() !== s ? ((a2 = Ic()) === s && (a2 = null), a2 !== s ? (Zi = t4, i2 = n3, c2 = u2, l2 = a2, e4 = { action: "change", old_column: o2, ...c2, keyword: i2, resource: "column", type: "alter", suffix: l2 }, t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var i2, c2, l2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e4, n3, o2, u2;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "drop" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Dr)), e4 === s && (r2.substr(zi, 8).toLowerCase() === "truncate" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(Mr)), e4 === s && (r2.substr(zi, 7).toLowerCase() === "discard" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(Pr)), e4 === s && (r2.substr(zi, 6).toLowerCase() === "import" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Gr)), e4 === s && (r2.substr(zi, 8).toLowerCase() === "coalesce" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(Fr)), e4 === s && (r2.substr(zi, 7).toLowerCase() === "analyze" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(Hr)), e4 === s && (r2.substr(zi, 5).toLowerCase() === "check" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(K)))))))), e4 !== s && Pp() !== s && (n3 = pb()) !== s && Pp() !== s && (o2 = ul()) !== s && Pp() !== s ? (r2.substr(zi, 10).toLowerCase() === "tablespace" ? (u2 = r2.substr(zi, 10), zi += 10) : (u2 = s, ec === 0 && ac(Yr)), u2 === s && (u2 = null), u2 !== s ? (Zi = t4, e4 = (function(r3, t5, e5, n4) {
              let o3 = { action: r3.toLowerCase(), keyword: t5, resource: "partition", type: "alter", partitions: e5 };
              return n4 && (o3.suffix = { keyword: n4 }), o3;
            })(e4, n3, o2, u2), t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e4 = hp()) !== s && Pp() !== s && (n3 = pb()) !== s && Pp() !== s && (o2 = jp()) !== s && Pp() !== s && (u2 = (function() {
              var r3, t5, e5, n4, o3, u3, a2, c2;
              if (r3 = zi, (t5 = Nc()) !== s) {
                for (e5 = [], n4 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a2 = Pp()) !== s && (c2 = Nc()) !== s ? n4 = o3 = [o3, u3, a2, c2] : (zi = n4, n4 = s); n4 !== s; ) e5.push(n4), n4 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a2 = Pp()) !== s && (c2 = Nc()) !== s ? n4 = o3 = [o3, u3, a2, c2] : (zi = n4, n4 = s);
                e5 !== s ? (Zi = r3, t5 = i(t5, e5), r3 = t5) : (zi = r3, r3 = s);
              } else zi = r3, r3 = s;
              return r3;
            })()) !== s && Pp() !== s && xp() !== s ? (Zi = t4, t4 = e4 = { action: "add", keyword: n3, resource: "partition", type: "alter", partitions: u2 }) : (zi = t4, t4 = s)), t4;
          })()) === s && (t3 = zi, (e3 = Hc()) !== s && (Zi = t3, (n2 = e3).resource = n2.keyword, n2[n2.keyword] = n2.value, delete n2.value, e3 = { type: "alter", ...n2 }), t3 = e3), t3;
        }
        function Nc() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, pb() !== s && Pp() !== s && (e3 = af()) !== s && Pp() !== s && gb() !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "less" ? (n2 = r2.substr(zi, 4), zi += 4) : (n2 = s, ec === 0 && ac(kr)), n2 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "than" ? (o2 = r2.substr(zi, 4), zi += 4) : (o2 = s, ec === 0 && ac(Ur)), o2 !== s && Pp() !== s && jp() !== s && Pp() !== s && (u2 = qf()) !== s && Pp() !== s && xp() !== s ? (Zi = t3, t3 = { name: e3, value: { type: "less than", expr: u2, parentheses: !0 } }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Oc() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "algorithm" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(z)), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "default" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(k)), o2 === s && (r2.substr(zi, 7).toLowerCase() === "instant" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(Br)), o2 === s && (r2.substr(zi, 7).toLowerCase() === "inplace" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac($r)), o2 === s && (r2.substr(zi, 4).toLowerCase() === "copy" ? (o2 = r2.substr(zi, 4), zi += 4) : (o2 = s, ec === 0 && ac(Wr))))), o2 !== s ? (Zi = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Rc() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "lock" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac($)), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "default" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(k)), o2 === s && (r2.substr(zi, 4).toLowerCase() === "none" ? (o2 = r2.substr(zi, 4), zi += 4) : (o2 = s, ec === 0 && ac(m)), o2 === s && (r2.substr(zi, 6).toLowerCase() === "shared" ? (o2 = r2.substr(zi, 6), zi += 6) : (o2 = s, ec === 0 && ac(qr)), o2 === s && (r2.substr(zi, 9).toLowerCase() === "exclusive" ? (o2 = r2.substr(zi, 9), zi += 9) : (o2 = s, ec === 0 && ac(Vr))))), o2 !== s ? (Zi = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function jc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          return r3 = zi, (t3 = mp()) === s && (t3 = Ep()), t3 !== s && Pp() !== s ? ((e3 = wf()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = pl()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = el()) !== s && Pp() !== s ? ((u2 = vl()) === s && (u2 = null), u2 !== s && Pp() !== s ? (Zi = r3, a2 = n2, i2 = u2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: a2, resource: "index", index_options: i2 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function xc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = zi, (t3 = Ap()) === s && (t3 = Tp()), t3 !== s && Pp() !== s ? ((e3 = mp()) === s && (e3 = Ep()), e3 === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = wf()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = rl()) !== s && Pp() !== s ? ((u2 = vl()) === s && (u2 = null), u2 !== s ? (Zi = r3, a2 = t3, c2 = u2, r3 = t3 = { index: n2, definition: o2, keyword: (i2 = e3) && `${a2.toLowerCase()} ${i2.toLowerCase()}` || a2.toLowerCase(), index_options: c2, resource: "index" }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function kc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2;
            t4 = zi, (e3 = Uc()) === s && (e3 = null), e3 !== s && Pp() !== s ? (n2 = zi, r2.substr(zi, 7).toLowerCase() === "primary" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(cr)), o2 !== s && (u2 = Pp()) !== s ? (r2.substr(zi, 3).toLowerCase() === "key" ? (a2 = r2.substr(zi, 3), zi += 3) : (a2 = s, ec === 0 && ac(ir)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s), n2 !== s && (o2 = Pp()) !== s ? ((u2 = pl()) === s && (u2 = null), u2 !== s && (a2 = Pp()) !== s && (i2 = el()) !== s && Pp() !== s ? ((c2 = vl()) === s && (c2 = null), c2 !== s ? (Zi = t4, f2 = n2, b2 = u2, p2 = i2, v2 = c2, e3 = { constraint: (l2 = e3) && l2.constraint, definition: p2, constraint_type: `${f2[0].toLowerCase()} ${f2[2].toLowerCase()}`, keyword: l2 && l2.keyword, index_type: b2, resource: "constraint", index_options: v2 }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var l2, f2, b2, p2, v2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = zi, (t4 = Uc()) === s && (t4 = null), t4 !== s && Pp() !== s && (e3 = _p()) !== s && Pp() !== s ? ((n2 = mp()) === s && (n2 = Ep()), n2 === s && (n2 = null), n2 !== s && Pp() !== s ? ((o2 = wf()) === s && (o2 = null), o2 !== s && Pp() !== s ? ((u2 = pl()) === s && (u2 = null), u2 !== s && Pp() !== s && (a2 = el()) !== s && Pp() !== s ? ((i2 = vl()) === s && (i2 = null), i2 !== s ? (Zi = r3, l2 = e3, f2 = n2, b2 = o2, p2 = u2, v2 = a2, d2 = i2, t4 = { constraint: (c2 = t4) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: p2, index: b2, resource: "constraint", index_options: d2 }, r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s);
            var c2, l2, f2, b2, p2, v2, d2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = zi, (e3 = Uc()) === s && (e3 = null), e3 !== s && Pp() !== s ? (r2.substr(zi, 11).toLowerCase() === "foreign key" ? (n2 = r2.substr(zi, 11), zi += 11) : (n2 = s, ec === 0 && ac(rt)), n2 !== s && Pp() !== s ? ((o2 = wf()) === s && (o2 = null), o2 !== s && Pp() !== s && (u2 = rl()) !== s && Pp() !== s ? ((a2 = Dc()) === s && (a2 = null), a2 !== s ? (Zi = t4, c2 = n2, l2 = o2, f2 = u2, b2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: b2 }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var i2, c2, l2, f2, b2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2;
            t4 = zi, (e3 = Uc()) === s && (e3 = null), e3 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "check" ? (n2 = r2.substr(zi, 5), zi += 5) : (n2 = s, ec === 0 && ac(K)), n2 !== s && Pp() !== s ? (o2 = zi, r2.substr(zi, 3).toLowerCase() === "not" ? (u2 = r2.substr(zi, 3), zi += 3) : (u2 = s, ec === 0 && ac(Zr)), u2 !== s && (a2 = Pp()) !== s ? (r2.substr(zi, 3).toLowerCase() === "for" ? (i2 = r2.substr(zi, 3), zi += 3) : (i2 = s, ec === 0 && ac(vr)), i2 !== s && (c2 = Pp()) !== s ? (r2.substr(zi, 11).toLowerCase() === "replication" ? (l2 = r2.substr(zi, 11), zi += 11) : (l2 = s, ec === 0 && ac(Jr)), l2 !== s && (f2 = Pp()) !== s ? o2 = u2 = [u2, a2, i2, c2, l2, f2] : (zi = o2, o2 = s)) : (zi = o2, o2 = s)) : (zi = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = jp()) !== s && (a2 = Pp()) !== s && (i2 = Bl()) !== s && (c2 = Pp()) !== s && (l2 = xp()) !== s ? (Zi = t4, b2 = e3, p2 = o2, v2 = i2, e3 = { constraint_type: n2.toLowerCase(), keyword: b2 && b2.keyword, constraint: b2 && b2.constraint, index_type: p2 && { keyword: "not for replication" }, definition: [v2], resource: "constraint" }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var b2, p2, v2;
            return t4;
          })()), t3;
        }
        function Uc() {
          var r3, t3, e3, n2;
          return r3 = zi, (t3 = Ip()) !== s && Pp() !== s ? ((e3 = lf()) === s && (e3 = null), e3 !== s ? (Zi = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Dc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = zi, (e3 = Sp()) !== s && Pp() !== s && (n2 = yl()) !== s && Pp() !== s && (o2 = rl()) !== s && Pp() !== s ? (r2.substr(zi, 10).toLowerCase() === "match full" ? (u2 = r2.substr(zi, 10), zi += 10) : (u2 = s, ec === 0 && ac(et)), u2 === s && (r2.substr(zi, 13).toLowerCase() === "match partial" ? (u2 = r2.substr(zi, 13), zi += 13) : (u2 = s, ec === 0 && ac(nt)), u2 === s && (r2.substr(zi, 12).toLowerCase() === "match simple" ? (u2 = r2.substr(zi, 12), zi += 12) : (u2 = s, ec === 0 && ac(ot)))), u2 === s && (u2 = null), u2 !== s && Pp() !== s ? ((a2 = Mc()) === s && (a2 = null), a2 !== s && Pp() !== s ? ((i2 = Mc()) === s && (i2 = null), i2 !== s ? (Zi = t3, c2 = u2, l2 = a2, f2 = i2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Mc()) !== s && (Zi = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function Mc() {
          var t3, e3, n2, o2;
          return t3 = zi, Ab() !== s && Pp() !== s ? ((e3 = ib()) === s && (e3 = sb()), e3 !== s && Pp() !== s && (n2 = (function() {
            var t4, e4, n3;
            return t4 = zi, (e4 = bp()) !== s && Pp() !== s && jp() !== s && Pp() !== s ? ((n3 = Ml()) === s && (n3 = null), n3 !== s && Pp() !== s && xp() !== s ? (Zi = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, (e4 = Pc()) === s && (r2.substr(zi, 8).toLowerCase() === "set null" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(at)), e4 === s && (r2.substr(zi, 9).toLowerCase() === "no action" ? (e4 = r2.substr(zi, 9), zi += 9) : (e4 = s, ec === 0 && ac(it)), e4 === s && (r2.substr(zi, 11).toLowerCase() === "set default" ? (e4 = r2.substr(zi, 11), zi += 11) : (e4 = s, ec === 0 && ac(ct)), e4 === s && (e4 = bp())))), e4 !== s && (Zi = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4), t4;
          })()) !== s ? (Zi = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Pc() {
          var t3, e3;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "restrict" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(st)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "cascade" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(ut))), e3 !== s && (Zi = t3, e3 = e3.toLowerCase()), t3 = e3;
        }
        function Gc() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "character" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(lt)), e3 !== s && Pp() !== s ? (r2.substr(zi, 3).toLowerCase() === "set" ? (n2 = r2.substr(zi, 3), zi += 3) : (n2 = s, ec === 0 && ac(ft)), n2 !== s ? (Zi = t3, t3 = e3 = "CHARACTER SET") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Fc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = zi, (e3 = Jf()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = Gc()) === s && (r2.substr(zi, 7).toLowerCase() === "charset" ? (n2 = r2.substr(zi, 7), zi += 7) : (n2 = s, ec === 0 && ac(bt)), n2 === s && (r2.substr(zi, 7).toLowerCase() === "collate" ? (n2 = r2.substr(zi, 7), zi += 7) : (n2 = s, ec === 0 && ac(pt)))), n2 !== s && Pp() !== s ? ((o2 = Lp()) === s && (o2 = null), o2 !== s && Pp() !== s && (u2 = af()) !== s ? (Zi = t3, i2 = n2, c2 = o2, l2 = u2, t3 = e3 = { keyword: (a2 = e3) && `${a2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Hc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = zi, r2.substr(zi, 14).toLowerCase() === "auto_increment" ? (e3 = r2.substr(zi, 14), zi += 14) : (e3 = s, ec === 0 && ac(ur)), e3 === s && (r2.substr(zi, 14).toLowerCase() === "avg_row_length" ? (e3 = r2.substr(zi, 14), zi += 14) : (e3 = s, ec === 0 && ac(vt)), e3 === s && (r2.substr(zi, 14).toLowerCase() === "key_block_size" ? (e3 = r2.substr(zi, 14), zi += 14) : (e3 = s, ec === 0 && ac(dt)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "max_rows" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(yt)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "min_rows" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(wt)), e3 === s && (r2.substr(zi, 18).toLowerCase() === "stats_sample_pages" ? (e3 = r2.substr(zi, 18), zi += 18) : (e3 = s, ec === 0 && ac(Lt))))))), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = qf()) !== s ? (Zi = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 8) === "CHECKSUM" ? (e3 = "CHECKSUM", zi += 8) : (e3 = s, ec === 0 && ac(ht)), e3 === s && (r2.substr(zi, 15) === "DELAY_KEY_WRITE" ? (e3 = "DELAY_KEY_WRITE", zi += 15) : (e3 = s, ec === 0 && ac(Ct))), e3 !== s && Pp() !== s && (n2 = Lp()) !== s && Pp() !== s ? (mt.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(Et)), o2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4 };
          })(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = Fc()) === s && (t3 = zi, (e3 = gp()) === s && (r2.substr(zi, 10).toLowerCase() === "connection" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(At)), e3 === s && (r2.substr(zi, 16).toLowerCase() === "engine_attribute" ? (e3 = r2.substr(zi, 16), zi += 16) : (e3 = s, ec === 0 && ac(Tt)), e3 === s && (r2.substr(zi, 26).toLowerCase() === "secondary_engine_attribute" ? (e3 = r2.substr(zi, 26), zi += 26) : (e3 = s, ec === 0 && ac(_t))))), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Yf()) !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 4).toLowerCase() === "data" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(gt)), e3 === s && (r2.substr(zi, 5).toLowerCase() === "index" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(It))), e3 !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "directory" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(St)), n2 !== s && Pp() !== s ? ((o2 = Lp()) === s && (o2 = null), o2 !== s && (u2 = Pp()) !== s && (a2 = Yf()) !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase() + " directory", symbol: t4, value: `'${e4.value}'` };
          })(e3, o2, a2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 11).toLowerCase() === "compression" ? (e3 = r2.substr(zi, 11), zi += 11) : (e3 = s, ec === 0 && ac(Nt)), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s ? (o2 = zi, r2.charCodeAt(zi) === 39 ? (u2 = "'", zi++) : (u2 = s, ec === 0 && ac(Ot)), u2 !== s ? (r2.substr(zi, 4).toLowerCase() === "zlib" ? (a2 = r2.substr(zi, 4), zi += 4) : (a2 = s, ec === 0 && ac(Rt)), a2 === s && (r2.substr(zi, 3).toLowerCase() === "lz4" ? (a2 = r2.substr(zi, 3), zi += 3) : (a2 = s, ec === 0 && ac(jt)), a2 === s && (r2.substr(zi, 4).toLowerCase() === "none" ? (a2 = r2.substr(zi, 4), zi += 4) : (a2 = s, ec === 0 && ac(m)))), a2 !== s ? (r2.charCodeAt(zi) === 39 ? (i2 = "'", zi++) : (i2 = s, ec === 0 && ac(Ot)), i2 !== s ? o2 = u2 = [u2, a2, i2] : (zi = o2, o2 = s)) : (zi = o2, o2 = s)) : (zi = o2, o2 = s), o2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 6).toLowerCase() === "engine" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(xt)), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = hf()) !== s ? (Zi = t3, t3 = e3 = kt(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 10).toLowerCase() === "row_format" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(Ut)), e3 !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "default" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(k)), o2 === s && (r2.substr(zi, 7).toLowerCase() === "dynamic" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(Er)), o2 === s && (r2.substr(zi, 5).toLowerCase() === "fixed" ? (o2 = r2.substr(zi, 5), zi += 5) : (o2 = s, ec === 0 && ac(mr)), o2 === s && (r2.substr(zi, 10).toLowerCase() === "compressed" ? (o2 = r2.substr(zi, 10), zi += 10) : (o2 = s, ec === 0 && ac(Dt)), o2 === s && (r2.substr(zi, 9).toLowerCase() === "redundant" ? (o2 = r2.substr(zi, 9), zi += 9) : (o2 = s, ec === 0 && ac(Mt)), o2 === s && (r2.substr(zi, 7).toLowerCase() === "compact" ? (o2 = r2.substr(zi, 7), zi += 7) : (o2 = s, ec === 0 && ac(Pt))))))), o2 !== s ? (Zi = t3, t3 = e3 = kt(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s))))))), t3;
        }
        function Yc() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, (e3 = Ll()) !== s && Pp() !== s && (n2 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "read" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Gt)), e4 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "local" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(X)), n3 === s && (n3 = null), n3 !== s ? (Zi = t4, t4 = e4 = { type: "read", suffix: n3 && "local" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, r2.substr(zi, 12).toLowerCase() === "low_priority" ? (e4 = r2.substr(zi, 12), zi += 12) : (e4 = s, ec === 0 && ac(Ft)), e4 === s && (e4 = null), e4 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "write" ? (n3 = r2.substr(zi, 5), zi += 5) : (n3 = s, ec === 0 && ac(Ht)), n3 !== s ? (Zi = t4, t4 = e4 = { type: "write", prefix: e4 && "low_priority" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)), t4;
          })()) !== s ? (Zi = t3, o2 = e3, u2 = n2, hv.add(`lock::${o2.db}::${o2.table}`), t3 = e3 = { table: o2, lock_type: u2 }) : (zi = t3, t3 = s), t3;
        }
        function Bc() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "isolation" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(le)), e3 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "level" ? (n2 = r2.substr(zi, 5), zi += 5) : (n2 = s, ec === 0 && ac(fe)), n2 !== s && Pp() !== s && (o2 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 12).toLowerCase() === "serializable" ? (e4 = r2.substr(zi, 12), zi += 12) : (e4 = s, ec === 0 && ac(se)), e4 !== s && (Zi = t4, e4 = { type: "origin", value: "serializable" }), (t4 = e4) === s && (t4 = zi, r2.substr(zi, 10).toLowerCase() === "repeatable" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(ue)), e4 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "read" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(Gt)), n3 !== s ? (Zi = t4, t4 = e4 = { type: "origin", value: "repeatable read" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, r2.substr(zi, 4).toLowerCase() === "read" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Gt)), e4 !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "committed" ? (n3 = r2.substr(zi, 9), zi += 9) : (n3 = s, ec === 0 && ac(ae)), n3 === s && (r2.substr(zi, 11).toLowerCase() === "uncommitted" ? (n3 = r2.substr(zi, 11), zi += 11) : (n3 = s, ec === 0 && ac(ie))), n3 !== s ? (Zi = t4, t4 = e4 = ce(n3)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s))), t4;
          })()) !== s ? (Zi = t3, t3 = e3 = { type: "origin", value: "isolation level " + o2.value }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 4).toLowerCase() === "read" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Gt)), e3 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "write" ? (n2 = r2.substr(zi, 5), zi += 5) : (n2 = s, ec === 0 && ac(Ht)), n2 === s && (r2.substr(zi, 4).toLowerCase() === "only" ? (n2 = r2.substr(zi, 4), zi += 4) : (n2 = s, ec === 0 && ac(be))), n2 !== s ? (Zi = t3, t3 = e3 = ce(n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Fb()) === s && (e3 = null), e3 !== s && Pp() !== s ? (r2.substr(zi, 10).toLowerCase() === "deferrable" ? (n2 = r2.substr(zi, 10), zi += 10) : (n2 = s, ec === 0 && ac(pe)), n2 !== s ? (Zi = t3, t3 = e3 = { type: "origin", value: e3 ? "not deferrable" : "deferrable" }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s))), t3;
        }
        function $c() {
          var r3, t3, e3, n2, o2, u2, a2, c2;
          if (r3 = zi, (t3 = Bc()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (c2 = Bc()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (c2 = Bc()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = i(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Wc() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "starting" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(ge)), e3 === s && (r2.substr(zi, 10).toLowerCase() === "terminated" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(Ee))), e3 !== s && Pp() !== s ? (r2.substr(zi, 2).toLowerCase() === "by" ? (n2 = r2.substr(zi, 2), zi += 2) : (n2 = s, ec === 0 && ac(d)), n2 !== s && Pp() !== s && (o2 = af()) !== s ? (Zi = t3, u2 = e3, (a2 = o2).prefix = u2.toUpperCase() + " BY", t3 = e3 = { type: u2.toLowerCase(), [u2.toLowerCase()]: a2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function qc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2;
            return t4 = zi, (e3 = xb()) === s && (e3 = nb()) === s && (e3 = zi, (n2 = ub()) !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 4).toLowerCase() === "view" ? (u2 = r2.substr(zi, 4), zi += 4) : (u2 = s, ec === 0 && ac(ke)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s), e3 === s && (e3 = ub()) === s && (e3 = ib()) === s && (e3 = eb()) === s && (e3 = zi, r2.substr(zi, 5).toLowerCase() === "grant" ? (n2 = r2.substr(zi, 5), zi += 5) : (n2 = s, ec === 0 && ac(Ue)), n2 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "option" ? (u2 = r2.substr(zi, 6), zi += 6) : (u2 = s, ec === 0 && ac(De)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s), e3 === s && (e3 = mp()) === s && (e3 = cb()) === s && (e3 = Sp()) === s && (e3 = ob()) === s && (e3 = zi, (n2 = tb()) !== s && (o2 = Pp()) !== s && (u2 = vp()) !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s), e3 === s && (e3 = hb()) === s && (e3 = sb())))), e3 !== s && (Zi = t4, e3 = Me(e3)), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2;
            return t4 = zi, e3 = zi, (n2 = nb()) !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 7).toLowerCase() === "routine" ? (u2 = r2.substr(zi, 7), zi += 7) : (u2 = s, ec === 0 && ac(Pe)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s), e3 === s && (r2.substr(zi, 7).toLowerCase() === "execute" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Ge)), e3 === s && (e3 = zi, r2.substr(zi, 5).toLowerCase() === "grant" ? (n2 = r2.substr(zi, 5), zi += 5) : (n2 = s, ec === 0 && ac(Ue)), n2 !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "option" ? (u2 = r2.substr(zi, 6), zi += 6) : (u2 = s, ec === 0 && ac(De)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s), e3 === s && (e3 = zi, (n2 = ub()) !== s && (o2 = Pp()) !== s ? (r2.substr(zi, 7).toLowerCase() === "routine" ? (u2 = r2.substr(zi, 7), zi += 7) : (u2 = s, ec === 0 && ac(Pe)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s)))), e3 !== s && (Zi = t4, e3 = Me(e3)), t4 = e3;
          })()), t3;
        }
        function Vc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = zi, (t3 = qc()) !== s && Pp() !== s ? (e3 = zi, (n2 = jp()) !== s && (o2 = Pp()) !== s && (u2 = Al()) !== s && (a2 = Pp()) !== s && (i2 = xp()) !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (zi = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Zi = r3, r3 = t3 = { priv: t3, columns: (c2 = e3) && c2[2] }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Xc() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = zi, (e3 = lf()) !== s && Pp() !== s ? (n2 = zi, r2.charCodeAt(zi) === 64 ? (o2 = "@", zi++) : (o2 = s, ec === 0 && ac(lr)), o2 !== s && (u2 = Pp()) !== s && (a2 = lf()) !== s ? n2 = o2 = [o2, u2, a2] : (zi = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = { name: { type: "single_quote_string", value: e3 }, host: (i2 = n2) ? { type: "single_quote_string", value: i2[2] } : null }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Kc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Xc()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Xc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Xc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = h(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Qc() {
          var t3, e3, n2;
          return t3 = zi, Sb() !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "admin" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(Fe)), e3 !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "option" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(De)), n2 !== s ? (Zi = t3, t3 = { type: "origin", value: "with admin option" }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function zc() {
          var t3, e3, n2, o2, u2, a2, i2;
          return (t3 = ol()) === s && (t3 = zi, e3 = zi, r2.charCodeAt(zi) === 40 ? (n2 = "(", zi++) : (n2 = s, ec === 0 && ac(Be)), n2 !== s && (o2 = Pp()) !== s && (u2 = zc()) !== s && (a2 = Pp()) !== s ? (r2.charCodeAt(zi) === 41 ? (i2 = ")", zi++) : (i2 = s, ec === 0 && ac($e)), i2 !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s), e3 !== s && (Zi = t3, e3 = { ...e3[2], parentheses_symbol: !0 }), t3 = e3), t3;
        }
        function Zc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2, v2;
          if (t3 = zi, Sb() !== s) if (Pp() !== s) if ((e3 = Jc()) !== s) {
            for (n2 = [], o2 = zi, (u2 = Pp()) !== s && (a2 = Op()) !== s && (i2 = Pp()) !== s && (c2 = Jc()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (zi = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = zi, (u2 = Pp()) !== s && (a2 = Op()) !== s && (i2 = Pp()) !== s && (c2 = Jc()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (zi = o2, o2 = s);
            n2 !== s ? (Zi = t3, t3 = sr(e3, n2)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          if (t3 === s) if (t3 = zi, Pp() !== s) if (Sb() !== s) if ((e3 = Pp()) !== s) if ((n2 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 9).toLowerCase() === "recursive" ? (e4 = r2.substr(zi, 9), zi += 9) : (e4 = s, ec === 0 && ac(cu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s) if ((o2 = Pp()) !== s) if ((u2 = Jc()) !== s) {
            for (a2 = [], i2 = zi, (c2 = Pp()) !== s && (l2 = Op()) !== s && (f2 = Pp()) !== s && (b2 = Jc()) !== s ? i2 = c2 = [c2, l2, f2, b2] : (zi = i2, i2 = s); i2 !== s; ) a2.push(i2), i2 = zi, (c2 = Pp()) !== s && (l2 = Op()) !== s && (f2 = Pp()) !== s && (b2 = Jc()) !== s ? i2 = c2 = [c2, l2, f2, b2] : (zi = i2, i2 = s);
            a2 !== s ? (Zi = t3, v2 = a2, (p2 = u2).recursive = !0, t3 = pv(p2, v2)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          return t3;
        }
        function Jc() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = zi, (t3 = Yf()) === s && (t3 = hf()) === s && (t3 = Cl()), t3 !== s && Pp() !== s ? ((e3 = rl()) === s && (e3 = null), e3 !== s && Pp() !== s && wb() !== s && Pp() !== s && jp() !== s && Pp() !== s ? ((n2 = Ul()) === s && (n2 = vc()), n2 !== s && Pp() !== s && xp() !== s ? (Zi = r3, u2 = e3, a2 = n2, typeof (o2 = t3) == "string" && (o2 = { type: "default", value: o2 }), o2.table && (o2 = { type: "default", value: o2.table }), r3 = t3 = { name: o2, stmt: a2, columns: u2 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function rl() {
          var r3, t3;
          return r3 = zi, jp() !== s && Pp() !== s && (t3 = (function() {
            var r4;
            return (r4 = Al()) === s && (r4 = (function() {
              var r5, t4, e3, n2, o2, u2, a2, i2;
              if (r5 = zi, (t4 = Ff()) !== s) {
                for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Ff()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Ff()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
                e3 !== s ? (Zi = r5, t4 = sr(t4, e3), r5 = t4) : (zi = r5, r5 = s);
              } else zi = r5, r5 = s;
              return r5;
            })()), r4;
          })()) !== s && Pp() !== s && xp() !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s), r3;
        }
        function tl() {
          var t3, e3, n2, o2, u2, a2, i2;
          if (t3 = zi, (e3 = yf()) !== s) if (Pp() !== s) if ((n2 = jp()) !== s) if (Pp() !== s) {
            if (o2 = [], We.test(r2.charAt(zi)) ? (u2 = r2.charAt(zi), zi++) : (u2 = s, ec === 0 && ac(qe)), u2 !== s) for (; u2 !== s; ) o2.push(u2), We.test(r2.charAt(zi)) ? (u2 = r2.charAt(zi), zi++) : (u2 = s, ec === 0 && ac(qe));
            else o2 = s;
            o2 !== s && (u2 = Pp()) !== s && xp() !== s && Pp() !== s ? ((a2 = Rb()) === s && (a2 = jb()), a2 === s && (a2 = null), a2 !== s ? (Zi = t3, i2 = a2, t3 = e3 = { type: "column_ref", column: e3, suffix: `(${parseInt(o2.join(""), 10)})`, order_by: i2, ...cv() }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          return t3 === s && (t3 = zi, (e3 = yf()) !== s && Pp() !== s ? ((n2 = Rb()) === s && (n2 = jb()), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            return { type: "column_ref", column: r3, order_by: t4, ...cv() };
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)), t3;
        }
        function el() {
          var r3, t3, e3;
          return r3 = zi, jp() !== s && Pp() !== s ? ((t3 = (function() {
            var r4, t4, e4, n2, o2, u2, a2, i2;
            if (r4 = zi, (t4 = tl()) !== s) {
              for (e4 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = tl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e4.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = tl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
              e4 !== s ? (Zi = r4, r4 = t4 = sr(t4, e4)) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            return r4;
          })()) === s && (t3 = Ml()), t3 !== s && Pp() !== s && xp() !== s ? (Zi = r3, r3 = (e3 = t3).type ? e3.value : e3) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function nl() {
          var t3, e3, n2, o2;
          return t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3, u2, a2;
            return t4 = zi, e4 = zi, r2.substr(zi, 3).toLowerCase() === "for" ? (n3 = r2.substr(zi, 3), zi += 3) : (n3 = s, ec === 0 && ac(vr)), n3 !== s && (o3 = Pp()) !== s && (u2 = sb()) !== s ? e4 = n3 = [n3, o3, u2] : (zi = e4, e4 = s), e4 !== s && (Zi = t4, e4 = `${(a2 = e4)[0]} ${a2[2][0]}`), t4 = e4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3, u2, a2, i2, c2, l2, f2;
            return t4 = zi, e4 = zi, r2.substr(zi, 4).toLowerCase() === "lock" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac($)), n3 !== s && (o3 = Pp()) !== s ? (r2.substr(zi, 2).toLowerCase() === "in" ? (u2 = r2.substr(zi, 2), zi += 2) : (u2 = s, ec === 0 && ac(Ve)), u2 !== s && (a2 = Pp()) !== s ? (r2.substr(zi, 5).toLowerCase() === "share" ? (i2 = r2.substr(zi, 5), zi += 5) : (i2 = s, ec === 0 && ac(Xe)), i2 !== s && (c2 = Pp()) !== s ? (r2.substr(zi, 4).toLowerCase() === "mode" ? (l2 = r2.substr(zi, 4), zi += 4) : (l2 = s, ec === 0 && ac(Ke)), l2 !== s ? e4 = n3 = [n3, o3, u2, a2, i2, c2, l2] : (zi = e4, e4 = s)) : (zi = e4, e4 = s)) : (zi = e4, e4 = s)) : (zi = e4, e4 = s), e4 !== s && (Zi = t4, e4 = `${(f2 = e4)[0]} ${f2[2]} ${f2[4]} ${f2[6]}`), t4 = e4;
          })()), e3 !== s && Pp() !== s ? ((n2 = (function() {
            var t4, e4, n3, o3, u2, a2, i2;
            return t4 = zi, e4 = zi, r2.substr(zi, 4).toLowerCase() === "wait" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(Qe)), n3 !== s && (o3 = Pp()) !== s && (u2 = qf()) !== s ? e4 = n3 = [n3, o3, u2] : (zi = e4, e4 = s), e4 !== s && (Zi = t4, e4 = `${(a2 = e4)[0]} ${a2[2].value}`), (t4 = e4) === s && (r2.substr(zi, 6).toLowerCase() === "nowait" ? (t4 = r2.substr(zi, 6), zi += 6) : (t4 = s, ec === 0 && ac(ze)), t4 === s && (t4 = zi, e4 = zi, r2.substr(zi, 4).toLowerCase() === "skip" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(Ze)), n3 !== s && (o3 = Pp()) !== s ? (r2.substr(zi, 6).toLowerCase() === "locked" ? (u2 = r2.substr(zi, 6), zi += 6) : (u2 = s, ec === 0 && ac(Je)), u2 !== s ? e4 = n3 = [n3, o3, u2] : (zi = e4, e4 = s)) : (zi = e4, e4 = s), e4 !== s && (Zi = t4, e4 = `${(i2 = e4)[0]} ${i2[2]}`), t4 = e4)), t4;
          })()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = e3 + ((o2 = n2) ? " " + o2 : "")) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ol() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2, v2, d2, y2, w2, L2;
          return t3 = zi, Pp() !== s ? ((e3 = Zc()) === s && (e3 = null), e3 !== s && Pp() !== s && ob() !== s && Pp() !== s ? ((n2 = (function() {
            var r3, t4, e4, n3, o3, u3;
            if (r3 = zi, (t4 = sl()) !== s) {
              for (e4 = [], n3 = zi, (o3 = Pp()) !== s && (u3 = sl()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s && (u3 = sl()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s);
              e4 !== s ? (Zi = r3, t4 = (function(r4, t5) {
                let e5 = [r4];
                for (let r5 = 0, n4 = t5.length; r5 < n4; ++r5) e5.push(t5[r5][1]);
                return e5;
              })(t4, e4), r3 = t4) : (zi = r3, r3 = s);
            } else zi = r3, r3 = s;
            return r3;
          })()) === s && (n2 = null), n2 !== s && Pp() !== s ? ((o2 = kb()) === s && (o2 = null), o2 !== s && Pp() !== s && (u2 = ul()) !== s && Pp() !== s ? ((a2 = ll()) === s && (a2 = null), a2 !== s && Pp() !== s ? ((i2 = fl()) === s && (i2 = null), i2 !== s && Pp() !== s ? ((c2 = ll()) === s && (c2 = null), c2 !== s && Pp() !== s ? ((l2 = El()) === s && (l2 = null), l2 !== s && Pp() !== s ? ((f2 = (function() {
            var t4, e4, n3, o3;
            t4 = zi, (e4 = (function() {
              var t5, e5, n4, o4;
              return t5 = zi, r2.substr(zi, 5).toLowerCase() === "group" ? (e5 = r2.substr(zi, 5), zi += 5) : (e5 = s, ec === 0 && ac(Mu)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? t5 = e5 = [e5, n4] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && Pp() !== s && Ob() !== s && Pp() !== s && (n3 = Ml()) !== s && Pp() !== s ? ((o3 = (function() {
              var t5, e5;
              return t5 = zi, Sb() !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "rollup" ? (e5 = r2.substr(zi, 6), zi += 6) : (e5 = s, ec === 0 && ac(Ln)), e5 !== s ? (Zi = t5, t5 = { type: "origin", value: "with rollup" }) : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (o3 = null), o3 !== s ? (Zi = t4, u3 = o3, e4 = { columns: n3.value, modifiers: [u3] }, t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var u3;
            return t4;
          })()) === s && (f2 = null), f2 !== s && Pp() !== s ? ((b2 = (function() {
            var t4, e4;
            return t4 = zi, (function() {
              var t5, e5, n3, o3;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "having" ? (e5 = r2.substr(zi, 6), zi += 6) : (e5 = s, ec === 0 && ac(Gu)), e5 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })() !== s && Pp() !== s && (e4 = $l()) !== s ? (Zi = t4, t4 = e4) : (zi = t4, t4 = s), t4;
          })()) === s && (b2 = null), b2 !== s && Pp() !== s ? ((p2 = _l()) === s && (p2 = null), p2 !== s && Pp() !== s ? ((v2 = _c()) === s && (v2 = null), v2 !== s && Pp() !== s ? ((d2 = Sl()) === s && (d2 = null), d2 !== s && Pp() !== s ? ((y2 = nl()) === s && (y2 = null), y2 !== s && Pp() !== s ? ((w2 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 6).toLowerCase() === "window" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(ho)), e4 !== s && Pp() !== s && (n3 = (function() {
              var r3, t5, e5, n4, o3, u3, a3, i3;
              if (r3 = zi, (t5 = gf()) !== s) {
                for (e5 = [], n4 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = gf()) !== s ? n4 = o3 = [o3, u3, a3, i3] : (zi = n4, n4 = s); n4 !== s; ) e5.push(n4), n4 = zi, (o3 = Pp()) !== s && (u3 = Op()) !== s && (a3 = Pp()) !== s && (i3 = gf()) !== s ? n4 = o3 = [o3, u3, a3, i3] : (zi = n4, n4 = s);
                e5 !== s ? (Zi = r3, t5 = pv(t5, e5), r3 = t5) : (zi = r3, r3 = s);
              } else zi = r3, r3 = s;
              return r3;
            })()) !== s ? (Zi = t4, t4 = e4 = { keyword: "window", type: "window", expr: n3 }) : (zi = t4, t4 = s), t4;
          })()) === s && (w2 = null), w2 !== s && Pp() !== s ? ((L2 = ll()) === s && (L2 = null), L2 !== s ? (Zi = t3, t3 = (function(r3, t4, e4, n3, o3, s2, u3, a3, i3, c3, l3, f3, b3, p3, v3, d3) {
            if (o3 && u3 || o3 && d3 || u3 && d3 || o3 && u3 && d3) throw new Error("A given SQL statement can contain at most one INTO clause");
            return s2 && (Array.isArray(s2) ? s2 : s2.expr).forEach((r4) => r4.table && hv.add(`select::${r4.db}::${r4.table}`)), { with: r3, type: "select", options: t4, distinct: e4, columns: n3, into: { ...o3 || u3 || d3 || {}, position: (o3 ? "column" : u3 && "from") || d3 && "end" }, from: s2, where: a3, groupby: i3, having: c3, orderby: l3, limit: b3, locking_read: p3 && p3, window: v3, collate: f3, ...cv() };
          })(e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2, v2, d2, y2, w2, L2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function sl() {
          var t3, e3;
          return t3 = zi, (e3 = (function() {
            var t4;
            return r2.substr(zi, 19).toLowerCase() === "sql_calc_found_rows" ? (t4 = r2.substr(zi, 19), zi += 19) : (t4 = s, ec === 0 && ac(Ci)), t4;
          })()) === s && ((e3 = (function() {
            var t4;
            return r2.substr(zi, 9).toLowerCase() === "sql_cache" ? (t4 = r2.substr(zi, 9), zi += 9) : (t4 = s, ec === 0 && ac(mi)), t4;
          })()) === s && (e3 = (function() {
            var t4;
            return r2.substr(zi, 12).toLowerCase() === "sql_no_cache" ? (t4 = r2.substr(zi, 12), zi += 12) : (t4 = s, ec === 0 && ac(Ei)), t4;
          })()), e3 === s && (e3 = (function() {
            var t4;
            return r2.substr(zi, 14).toLowerCase() === "sql_big_result" ? (t4 = r2.substr(zi, 14), zi += 14) : (t4 = s, ec === 0 && ac(Ti)), t4;
          })()) === s && (e3 = (function() {
            var t4;
            return r2.substr(zi, 16).toLowerCase() === "sql_small_result" ? (t4 = r2.substr(zi, 16), zi += 16) : (t4 = s, ec === 0 && ac(Ai)), t4;
          })()) === s && (e3 = (function() {
            var t4;
            return r2.substr(zi, 17).toLowerCase() === "sql_buffer_result" ? (t4 = r2.substr(zi, 17), zi += 17) : (t4 = s, ec === 0 && ac(_i)), t4;
          })())), e3 !== s && (Zi = t3, e3 = e3), t3 = e3;
        }
        function ul() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = xb()) === s && (t3 = zi, (e3 = Rp()) !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = Rp())), t3 !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = il()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = il()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              Cv.add("select::null::(.*)");
              let e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null, ...cv() };
              return t4 && t4.length > 0 ? pv(e4, t4) : [e4];
            })(0, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          if (r3 === s) if (r3 = zi, (t3 = il()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = il()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = il()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = sr(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function al() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "match" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(sn)), e3 !== s && Pp() !== s && jp() !== s && Pp() !== s && (n2 = Al()) !== s && Pp() !== s && xp() !== s && Pp() !== s ? (r2.substr(zi, 7) === "AGAINST" ? (o2 = "AGAINST", zi += 7) : (o2 = s, ec === 0 && ac(un)), o2 !== s && Pp() !== s && jp() !== s && Pp() !== s && (u2 = Yl()) !== s && Pp() !== s ? ((a2 = (function() {
            var t4, e4, n3, o3, u3, a3, i3;
            return t4 = zi, Db() !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "natural" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(rn)), e4 !== s && Pp() !== s ? (r2.substr(zi, 8).toLowerCase() === "language" ? (n3 = r2.substr(zi, 8), zi += 8) : (n3 = s, ec === 0 && ac(tn)), n3 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "mode" ? (o3 = r2.substr(zi, 4), zi += 4) : (o3 = s, ec === 0 && ac(Ke)), o3 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "with" ? (u3 = r2.substr(zi, 4), zi += 4) : (u3 = s, ec === 0 && ac(v)), u3 !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "query" ? (a3 = r2.substr(zi, 5), zi += 5) : (a3 = s, ec === 0 && ac(en)), a3 !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "expansion" ? (i3 = r2.substr(zi, 9), zi += 9) : (i3 = s, ec === 0 && ac(nn)), i3 !== s ? (Zi = t4, t4 = { type: "origin", value: "IN NATURAL LANGUAGE MODE WITH QUERY EXPANSION" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, Db() !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "natural" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(rn)), e4 !== s && Pp() !== s ? (r2.substr(zi, 8).toLowerCase() === "language" ? (n3 = r2.substr(zi, 8), zi += 8) : (n3 = s, ec === 0 && ac(tn)), n3 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "mode" ? (o3 = r2.substr(zi, 4), zi += 4) : (o3 = s, ec === 0 && ac(Ke)), o3 !== s ? (Zi = t4, t4 = { type: "origin", value: "IN NATURAL LANGUAGE MODE" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, Db() !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "boolean" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(on)), e4 !== s && Pp() !== s ? (r2.substr(zi, 4).toLowerCase() === "mode" ? (n3 = r2.substr(zi, 4), zi += 4) : (n3 = s, ec === 0 && ac(Ke)), n3 !== s ? (Zi = t4, t4 = { type: "origin", value: "IN BOOLEAN MODE" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4 === s && (t4 = zi, Sb() !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "query" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(en)), e4 !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "expansion" ? (n3 = r2.substr(zi, 9), zi += 9) : (n3 = s, ec === 0 && ac(nn)), n3 !== s ? (Zi = t4, t4 = { type: "origin", value: "WITH QUERY EXPANSION" }) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)) : (zi = t4, t4 = s)))), t4;
          })()) === s && (a2 = null), a2 !== s && Pp() !== s && xp() !== s && Pp() !== s ? ((i2 = cl()) === s && (i2 = null), i2 !== s ? (Zi = t3, t3 = e3 = { against: "against", columns: n2, expr: u2, match: "match", mode: a2, type: "fulltext_search", as: i2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function il() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          return r3 = zi, (t3 = al()) !== s && (Zi = r3, t3 = (function(r4) {
            let { as: t4, ...e4 } = r4;
            return { expr: e4, as: t4 };
          })(t3)), (r3 = t3) === s && (r3 = zi, (t3 = lf()) !== s && (e3 = Pp()) !== s && (n2 = Np()) !== s && (o2 = Pp()) !== s && (u2 = lf()) !== s && Pp() !== s && Np() !== s && Pp() !== s && Rp() !== s ? (Zi = r3, a2 = t3, i2 = u2, Cv.add(`select::${a2}::${i2}::(.*)`), r3 = t3 = { expr: { type: "column_ref", db: a2, table: i2, column: "*" }, as: null, ...cv() }) : (zi = r3, r3 = s), r3 === s && (r3 = zi, t3 = zi, (e3 = lf()) !== s && (n2 = Pp()) !== s && (o2 = Np()) !== s ? t3 = e3 = [e3, n2, o2] : (zi = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = Pp()) !== s && (n2 = Rp()) !== s ? (Zi = r3, r3 = t3 = (function(r4) {
            let t4 = r4 && r4[0] || null;
            return Cv.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null, ...cv() };
          })(t3)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = (function() {
            var r4, t4, e4, n3;
            return r4 = zi, (t4 = rv()) === s && (t4 = tv()), t4 !== s && Pp() !== s && (e4 = wp()) !== s && Pp() !== s && (n3 = Yl()) !== s ? (Zi = r4, t4 = Hi(t4, e4, n3), r4 = t4) : (zi = r4, r4 = s), r4;
          })()) !== s && (e3 = Pp()) !== s ? ((n2 = cl()) === s && (n2 = null), n2 !== s ? (Zi = r3, r3 = t3 = { expr: t3, as: n2 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = (function() {
            var r4, t4, e4, n3, o3, u3, a3, i3;
            if (r4 = zi, (t4 = Yl()) !== s) {
              for (e4 = [], n3 = zi, (o3 = Pp()) !== s ? ((u3 = Hb()) === s && (u3 = Yb()) === s && (u3 = Mp()), u3 !== s && (a3 = Pp()) !== s && (i3 = Yl()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o3 = Pp()) !== s ? ((u3 = Hb()) === s && (u3 = Yb()) === s && (u3 = Mp()), u3 !== s && (a3 = Pp()) !== s && (i3 = Yl()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s);
              e4 !== s ? (Zi = r4, t4 = (function(r5, t5) {
                let e5 = r5.ast;
                if (e5 && e5.type === "select" && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || e5.columns.length !== 1 || e5.columns[0].expr.column === "*")) throw new Error("invalid column clause with select statement");
                if (!t5 || t5.length === 0) return r5;
                let n4 = t5.length, o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  let n5 = e6 === 0 ? r5 : t5[e6 - 1][3];
                  o4 = fv(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            return r4;
          })()) !== s && (e3 = Pp()) !== s ? ((n2 = cl()) === s && (n2 = null), n2 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
            return r4.type !== "double_quote_string" && r4.type !== "single_quote_string" || Cv.add("select::null::" + r4.value), { expr: r4, as: t4 };
          })(t3, n2)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s))))), r3;
        }
        function cl() {
          var r3, t3, e3;
          return r3 = zi, (t3 = wb()) !== s && Pp() !== s && (e3 = (function() {
            var r4, t4;
            return r4 = zi, (t4 = hf()) !== s ? (Zi = zi, ((function(r5) {
              if (av[r5.toUpperCase()] === !0) throw new Error("Error: " + JSON.stringify(r5) + " is a reserved word, can not as alias clause");
              return !1;
            })(t4) ? s : void 0) !== s ? (Zi = r4, r4 = t4 = t4) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4 === s && (r4 = zi, (t4 = bf()) !== s && (Zi = r4, t4 = t4), r4 = t4), r4;
          })()) !== s ? (Zi = r3, r3 = t3 = e3) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = wb()) === s && (t3 = null), t3 !== s && Pp() !== s && (e3 = lf()) !== s ? (Zi = r3, r3 = t3 = e3) : (zi = r3, r3 = s)), r3;
        }
        function ll() {
          var t3, e3, n2;
          return t3 = zi, vb() !== s && Pp() !== s && (e3 = (function() {
            var r3, t4, e4, n3, o2, u2, a2, c2;
            if (r3 = zi, (t4 = rv()) !== s) {
              for (e4 = [], n3 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (c2 = rv()) !== s ? n3 = o2 = [o2, u2, a2, c2] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (c2 = rv()) !== s ? n3 = o2 = [o2, u2, a2, c2] : (zi = n3, n3 = s);
              e4 !== s ? (Zi = r3, t4 = i(t4, e4), r3 = t4) : (zi = r3, r3 = s);
            } else zi = r3, r3 = s;
            return r3;
          })()) !== s ? (Zi = t3, t3 = { keyword: "var", type: "into", expr: e3 }) : (zi = t3, t3 = s), t3 === s && (t3 = zi, vb() !== s && Pp() !== s ? (r2.substr(zi, 7).toLowerCase() === "outfile" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(an)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "dumpfile" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(cn))), e3 === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = Yf()) === s && (n2 = lf()), n2 !== s ? (Zi = t3, t3 = { keyword: e3, type: "into", expr: n2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)), t3;
        }
        function fl() {
          var r3, t3;
          return r3 = zi, db() !== s && Pp() !== s && (t3 = yl()) !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s), r3;
        }
        function bl() {
          var r3, t3, e3;
          return r3 = zi, (t3 = Cl()) !== s && Pp() !== s && rb() !== s && Pp() !== s && (e3 = Cl()) !== s ? (Zi = r3, r3 = t3 = [t3, e3]) : (zi = r3, r3 = s), r3;
        }
        function pl() {
          var t3, e3;
          return t3 = zi, Ib() !== s && Pp() !== s ? (r2.substr(zi, 5).toLowerCase() === "btree" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(ln)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "hash" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(fn))), e3 !== s ? (Zi = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function vl() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = zi, (t3 = dl()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = dl()) !== s ? n2 = o2 = [o2, u2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = dl()) !== s ? n2 = o2 = [o2, u2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              let e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function dl() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 14).toLowerCase() === "key_block_size" ? (e4 = r2.substr(zi, 14), zi += 14) : (e4 = s, ec === 0 && ac(dt)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && Pp() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = qf()) !== s ? (Zi = t3, u2 = n2, a2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: u2, expr: a2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = pl()) === s && (t3 = zi, r2.substr(zi, 4).toLowerCase() === "with" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(v)), e3 !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "parser" ? (n2 = r2.substr(zi, 6), zi += 6) : (n2 = s, ec === 0 && ac(bn)), n2 !== s && Pp() !== s && (o2 = hf()) !== s ? (Zi = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 7).toLowerCase() === "visible" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(pn)), e3 === s && (r2.substr(zi, 9).toLowerCase() === "invisible" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(vn))), e3 !== s && (Zi = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === s && (t3 = Hp()))), t3;
        }
        function yl() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2;
          if (r3 = zi, (t3 = Ll()) !== s) {
            for (e3 = [], n2 = wl(); n2 !== s; ) e3.push(n2), n2 = wl();
            e3 !== s ? (Zi = r3, f2 = t3, (b2 = e3).unshift(f2), b2.forEach((r4) => {
              let { table: t4, as: e4 } = r4;
              mv[t4] = t4, e4 && (mv[e4] = t4), wv(Cv);
            }), r3 = t3 = b2) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          if (r3 === s) {
            if (r3 = zi, t3 = [], (e3 = jp()) !== s) for (; e3 !== s; ) t3.push(e3), e3 = jp();
            else t3 = s;
            if (t3 !== s) if ((e3 = Pp()) !== s) if ((n2 = Ll()) !== s) {
              for (o2 = [], u2 = wl(); u2 !== s; ) o2.push(u2), u2 = wl();
              if (o2 !== s) if ((u2 = Pp()) !== s) {
                if (a2 = [], (i2 = xp()) !== s) for (; i2 !== s; ) a2.push(i2), i2 = xp();
                else a2 = s;
                if (a2 !== s) if ((i2 = Pp()) !== s) {
                  for (c2 = [], l2 = wl(); l2 !== s; ) c2.push(l2), l2 = wl();
                  c2 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
                    if (r4.length !== n3.length) throw new Error(`parentheses not match in from clause: ${r4.length} != ${n3.length}`);
                    return e4.unshift(t4), e4.forEach((r5) => {
                      let { table: t5, as: e5 } = r5;
                      mv[t5] = t5, e5 && (mv[e5] = t5), wv(Cv);
                    }), o3.forEach((r5) => {
                      let { table: t5, as: e5 } = r5;
                      mv[t5] = t5, e5 && (mv[e5] = t5), wv(Cv);
                    }), { expr: e4, parentheses: { length: n3.length }, joins: o3 };
                  })(t3, n2, o2, a2, c2)) : (zi = r3, r3 = s);
                } else zi = r3, r3 = s;
                else zi = r3, r3 = s;
              } else zi = r3, r3 = s;
              else zi = r3, r3 = s;
            } else zi = r3, r3 = s;
            else zi = r3, r3 = s;
            else zi = r3, r3 = s;
          }
          return r3;
        }
        function wl() {
          var r3, t3, e3;
          return r3 = zi, Pp() !== s && (t3 = Op()) !== s && Pp() !== s && (e3 = Ll()) !== s ? (Zi = r3, r3 = e3) : (zi = r3, r3 = s), r3 === s && (r3 = zi, Pp() !== s && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2, a2, i2, c2, l2, f2;
            if (r4 = zi, (t4 = hl()) !== s) if (Pp() !== s) if ((e4 = Ll()) === s && (e4 = yl()), e4 !== s) if (Pp() !== s) if ((n2 = Ib()) !== s) if (Pp() !== s) if (jp() !== s) if (Pp() !== s) if ((o2 = af()) !== s) {
              for (u2 = [], a2 = zi, (i2 = Pp()) !== s && (c2 = Op()) !== s && (l2 = Pp()) !== s && (f2 = af()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (zi = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = zi, (i2 = Pp()) !== s && (c2 = Op()) !== s && (l2 = Pp()) !== s && (f2 = af()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (zi = a2, a2 = s);
              u2 !== s && (a2 = Pp()) !== s && (i2 = xp()) !== s ? (Zi = r4, b2 = t4, v2 = o2, d2 = u2, (p2 = e4).join = b2, p2.using = pv(v2, d2), r4 = t4 = p2) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            else zi = r4, r4 = s;
            var b2, p2, v2, d2;
            return r4 === s && (r4 = zi, (t4 = hl()) !== s && Pp() !== s ? ((e4 = Ll()) === s && (e4 = yl()), e4 !== s && Pp() !== s ? ((n2 = ml()) === s && (n2 = null), n2 !== s ? (Zi = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4 === s && (r4 = zi, (t4 = hl()) === s && (t4 = pc()), t4 !== s && Pp() !== s && (e4 = jp()) !== s && Pp() !== s && (n2 = vc()) !== s && Pp() !== s && xp() !== s && Pp() !== s ? ((o2 = cl()) === s && (o2 = null), o2 !== s && (u2 = Pp()) !== s ? ((a2 = ml()) === s && (a2 = null), a2 !== s ? (Zi = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = !0, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, a2), r4 = t4) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s))), r4;
          })()) !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s)), r3;
        }
        function Ll() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = zi, (e3 = (function() {
            var t4;
            return r2.substr(zi, 4).toLowerCase() === "dual" ? (t4 = r2.substr(zi, 4), zi += 4) : (t4 = s, ec === 0 && ac(bi)), t4;
          })()) !== s && (Zi = t3, e3 = { type: "dual" }), (t3 = e3) === s && (t3 = zi, (e3 = Cl()) !== s && Pp() !== s ? ((n2 = cl()) === s && (n2 = null), n2 !== s ? (Zi = t3, i2 = n2, t3 = e3 = (a2 = e3).type === "var" ? (a2.as = i2, a2) : { db: a2.db, table: a2.table, as: i2, ...cv() }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = jp()) !== s && Pp() !== s && (n2 = Cl()) !== s && Pp() !== s ? ((o2 = cl()) === s && (o2 = null), o2 !== s && Pp() !== s && xp() !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return r3.type === "var" ? (r3.as = t4, r3.parentheses = !0, r3) : { db: r3.db, table: r3.table, as: t4, parentheses: !0 };
          })(n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Ul()) !== s && Pp() !== s ? ((n2 = cl()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
            return { expr: { type: "values", values: r3, prefix: "row" }, as: t4 };
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 7).toLowerCase() === "lateral" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(dn)), e3 === s && (e3 = null), e3 !== s && Pp() !== s && (n2 = jp()) !== s && Pp() !== s ? ((o2 = vc()) === s && (o2 = Ul()), o2 !== s && Pp() !== s && xp() !== s && Pp() !== s ? ((u2 = cl()) === s && (u2 = null), u2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            Array.isArray(t4) && (t4 = { type: "values", values: t4, prefix: "row" }), t4.parentheses = !0;
            let n3 = { expr: t4, as: e4 };
            return r3 && (n3.prefix = r3), n3;
          })(e3, o2, u2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s))))), t3;
        }
        function hl() {
          var t3, e3, n2, o2;
          return t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "left" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(mu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (n2 = Pp()) !== s ? ((o2 = _b()) === s && (o2 = null), o2 !== s && Pp() !== s && Tb() !== s ? (Zi = t3, t3 = e3 = "LEFT JOIN") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "right" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Eu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (n2 = Pp()) !== s ? ((o2 = _b()) === s && (o2 = null), o2 !== s && Pp() !== s && Tb() !== s ? (Zi = t3, t3 = e3 = "RIGHT JOIN") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "full" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Au)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (n2 = Pp()) !== s ? ((o2 = _b()) === s && (o2 = null), o2 !== s && Pp() !== s && Tb() !== s ? (Zi = t3, t3 = e3 = "FULL JOIN") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "cross" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(_u)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (n2 = Pp()) !== s && (o2 = Tb()) !== s ? (Zi = t3, t3 = e3 = "CROSS JOIN") : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 13).toLowerCase() === "straight_join" ? (e4 = r2.substr(zi, 13), zi += 13) : (e4 = s, ec === 0 && ac(gu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = "STRAIGHT_JOIN"), (t3 = e3) === s && (t3 = zi, e3 = zi, (n2 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "inner" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Tu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (o2 = Pp()) !== s ? e3 = n2 = [n2, o2] : (zi = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = Tb()) !== s ? (Zi = t3, t3 = e3 = "INNER JOIN") : (zi = t3, t3 = s)))))), t3;
        }
        function Cl() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          if (t3 = zi, e3 = [], yn.test(r2.charAt(zi)) ? (n2 = r2.charAt(zi), zi++) : (n2 = s, ec === 0 && ac(wn)), n2 !== s) for (; n2 !== s; ) e3.push(n2), yn.test(r2.charAt(zi)) ? (n2 = r2.charAt(zi), zi++) : (n2 = s, ec === 0 && ac(wn));
          else e3 = s;
          return e3 !== s && (n2 = cf()) !== s ? (o2 = zi, (u2 = Pp()) !== s && (a2 = Np()) !== s && (i2 = Pp()) !== s && (c2 = cf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (zi = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = `${r3.join("")}${t4}`, o3 = { db: null, table: n3 };
            return e4 !== null && (o3.db = n3, o3.table = e4[3]), o3;
          })(e3, n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = lf()) !== s ? (n2 = zi, (o2 = Pp()) !== s && (u2 = Np()) !== s && (a2 = Pp()) !== s && (i2 = cf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            let e4 = { db: null, table: r3 };
            return t4 !== null && (e4.db = r3, e4.table = t4[3]), e4;
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = rv()) !== s && (Zi = t3, (l2 = e3).db = null, l2.table = l2.name, e3 = l2), t3 = e3)), t3;
        }
        function ml() {
          var r3, t3;
          return r3 = zi, Ab() !== s && Pp() !== s && (t3 = Bl()) !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s), r3;
        }
        function El() {
          var t3, e3;
          return t3 = zi, (function() {
            var t4, e4, n2, o2;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "where" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Uu)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s && (e3 = $l()) !== s ? (Zi = t3, t3 = e3) : (zi = t3, t3 = s), t3;
        }
        function Al() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = of()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = of()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = of()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = sr(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Tl() {
          var r3, t3;
          return r3 = zi, pb() !== s && Pp() !== s && Ob() !== s && Pp() !== s && (t3 = ul()) !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s), r3;
        }
        function _l() {
          var t3, e3;
          return t3 = zi, (function() {
            var t4, e4, n2, o2;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "order" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Pu)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s && Ob() !== s && Pp() !== s && (e3 = (function() {
            var r3, t4, e4, n2, o2, u2, a2, i2;
            if (r3 = zi, (t4 = gl()) !== s) {
              for (e4 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e4.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
              e4 !== s ? (Zi = r3, t4 = sr(t4, e4), r3 = t4) : (zi = r3, r3 = s);
            } else zi = r3, r3 = s;
            return r3;
          })()) !== s ? (Zi = t3, t3 = e3) : (zi = t3, t3 = s), t3;
        }
        function gl() {
          var r3, t3, e3;
          return r3 = zi, (t3 = Yl()) !== s && Pp() !== s ? ((e3 = jb()) === s && (e3 = Rb()), e3 === s && (e3 = null), e3 !== s ? (Zi = r3, r3 = t3 = { expr: t3, type: e3 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Il() {
          var t3, e3;
          return (t3 = qf()) === s && (t3 = Af()) === s && (t3 = zi, r2.charCodeAt(zi) === 63 ? (e3 = "?", zi++) : (e3 = s, ec === 0 && ac(hn)), e3 !== s && (Zi = t3, e3 = { type: "origin", value: "?" }), t3 = e3), t3;
        }
        function Sl() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = zi, (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 5).toLowerCase() === "limit" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(Fu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s && (e3 = Il()) !== s && Pp() !== s ? (n2 = zi, (o2 = Op()) === s && (o2 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 6).toLowerCase() === "offset" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Hu)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "OFFSET") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()), o2 !== s && (u2 = Pp()) !== s && (a2 = Il()) !== s ? n2 = o2 = [o2, u2, a2] : (zi = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = (function(r3, t4) {
            let e4 = [r3];
            return t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4, ...cv() };
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Nl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Ol()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Ol()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Ol()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = sr(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Ol() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = zi, e3 = zi, (n2 = lf()) !== s && (o2 = Pp()) !== s && (u2 = Np()) !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = Pp()) !== s && (o2 = yf()) !== s && (u2 = Pp()) !== s ? (r2.charCodeAt(zi) === 61 ? (a2 = "=", zi++) : (a2 = s, ec === 0 && ac(Cn)), a2 !== s && Pp() !== s && (i2 = Yl()) !== s ? (Zi = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, e3 = zi, (n2 = lf()) !== s && (o2 = Pp()) !== s && (u2 = Np()) !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = Pp()) !== s && (o2 = yf()) !== s && (u2 = Pp()) !== s ? (r2.charCodeAt(zi) === 61 ? (a2 = "=", zi++) : (a2 = s, ec === 0 && ac(Cn)), a2 !== s && Pp() !== s && (i2 = gb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (c2 = of()) !== s && Pp() !== s && xp() !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)), t3;
        }
        function Rl() {
          var r3, t3;
          return (r3 = Ul()) === s && (r3 = zi, (t3 = vc()) !== s && (Zi = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function jl() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          if (r3 = zi, pb() !== s) if (Pp() !== s) if ((t3 = jp()) !== s) if (Pp() !== s) if ((e3 = hf()) !== s) {
            for (n2 = [], o2 = zi, (u2 = Pp()) !== s && (a2 = Op()) !== s && (i2 = Pp()) !== s && (c2 = hf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (zi = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = zi, (u2 = Pp()) !== s && (a2 = Op()) !== s && (i2 = Pp()) !== s && (c2 = hf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (zi = o2, o2 = s);
            n2 !== s && (o2 = Pp()) !== s && (u2 = xp()) !== s ? (Zi = r3, r3 = h(e3, n2)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          else zi = r3, r3 = s;
          else zi = r3, r3 = s;
          else zi = r3, r3 = s;
          else zi = r3, r3 = s;
          return r3 === s && (r3 = zi, pb() !== s && Pp() !== s && (t3 = Dl()) !== s ? (Zi = r3, r3 = t3) : (zi = r3, r3 = s)), r3;
        }
        function xl() {
          var t3, e3, n2;
          return t3 = zi, Ab() !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "duplicate" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(mn)), e3 !== s && Pp() !== s && Ep() !== s && Pp() !== s && sb() !== s && Pp() !== s && (n2 = Nl()) !== s ? (Zi = t3, t3 = { keyword: "on duplicate key update", set: n2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function kl() {
          var r3, t3;
          return r3 = zi, (t3 = cb()) !== s && (Zi = r3, t3 = "insert"), (r3 = t3) === s && (r3 = zi, (t3 = lb()) !== s && (Zi = r3, t3 = "replace"), r3 = t3), r3;
        }
        function Ul() {
          var r3, t3;
          return r3 = zi, gb() !== s && Pp() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = zi, (t4 = Dl()) !== s) {
              for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Dl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Dl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
              e3 !== s ? (Zi = r4, t4 = sr(t4, e3), r4 = t4) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            return r4;
          })()) !== s ? (Zi = r3, r3 = { type: "values", values: t3 }) : (zi = r3, r3 = s), r3;
        }
        function Dl() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "row" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(yr)), e3 === s && (e3 = null), e3 !== s && Pp() !== s && jp() !== s && Pp() !== s && (n2 = Ml()) !== s && Pp() !== s && xp() !== s ? (Zi = t3, o2 = e3, (u2 = n2).prefix = o2 && o2.toLowerCase(), t3 = e3 = u2) : (zi = t3, t3 = s), t3;
        }
        function Ml() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Yl()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              let e4 = { type: "expr_list" };
              return e4.value = pv(r4, t4), e4;
            })(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Pl() {
          var t3, e3, n2;
          return t3 = zi, fp() !== s && Pp() !== s && (e3 = Yl()) !== s && Pp() !== s && (n2 = (function() {
            var t4;
            return (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "year" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(ns)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "YEAR") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 7).toLowerCase() === "quarter" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(Zo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "QUARTER") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 5).toLowerCase() === "month" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(zo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "MONTH") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "week" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(es)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "WEEK") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 3).toLowerCase() === "day" ? (e4 = r2.substr(zi, 3), zi += 3) : (e4 = s, ec === 0 && ac(Mo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "DAY") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "hour" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Bo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "HOUR") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "minute" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Qo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "MINUTE") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "second" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Jo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "SECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 11).toLowerCase() === "microsecond" ? (e4 = r2.substr(zi, 11), zi += 11) : (e4 = s, ec === 0 && ac($a)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "MICROSECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 18).toLowerCase() === "second_microsecond" ? (e4 = r2.substr(zi, 18), zi += 18) : (e4 = s, ec === 0 && ac(xo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "SECOND_MICROSECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 18).toLowerCase() === "minute_microsecond" ? (e4 = r2.substr(zi, 18), zi += 18) : (e4 = s, ec === 0 && ac(jo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "MINUTE_MICROSECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 13).toLowerCase() === "minute_second" ? (e4 = r2.substr(zi, 13), zi += 13) : (e4 = s, ec === 0 && ac(Ro)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "MINUTE_SECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 16).toLowerCase() === "hour_microsecond" ? (e4 = r2.substr(zi, 16), zi += 16) : (e4 = s, ec === 0 && ac(Oo)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "HOUR_MICROSECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 11).toLowerCase() === "hour_second" ? (e4 = r2.substr(zi, 11), zi += 11) : (e4 = s, ec === 0 && ac(No)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "HOUR_SECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 11).toLowerCase() === "hour_minute" ? (e4 = r2.substr(zi, 11), zi += 11) : (e4 = s, ec === 0 && ac(So)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "HOUR_MINUTE") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 15).toLowerCase() === "day_microsecond" ? (e4 = r2.substr(zi, 15), zi += 15) : (e4 = s, ec === 0 && ac(Io)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "DAY_MICROSECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 10).toLowerCase() === "day_second" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(go)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "DAY_SECOND") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 10).toLowerCase() === "day_minute" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(_o)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "DAY_MINUTE") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "day_hour" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(To)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "DAY_HOUR") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 10).toLowerCase() === "year_month" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(Ao)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "YEAR_MONTH") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), t4;
          })()) !== s ? (Zi = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (zi = t3, t3 = s), t3;
        }
        function Gl() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = zi, (t3 = Fl()) !== s) if (Pp() !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Fl()) !== s ? n2 = o2 = [o2, u2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Fl()) !== s ? n2 = o2 = [o2, u2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = l(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          else zi = r3, r3 = s;
          return r3;
        }
        function Fl() {
          var t3, e3, n2;
          return t3 = zi, (function() {
            var t4, e4, n3, o2;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "when" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(la)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s && (e3 = $l()) !== s && Pp() !== s && (function() {
            var t4, e4, n3, o2;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "then" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(fa)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s && (n2 = Yl()) !== s ? (Zi = t3, t3 = { type: "when", cond: e3, result: n2 }) : (zi = t3, t3 = s), t3;
        }
        function Hl() {
          var t3, e3;
          return t3 = zi, (function() {
            var t4, e4, n2, o2;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "else" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(ba)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })() !== s && Pp() !== s && (e3 = Yl()) !== s ? (Zi = t3, t3 = { type: "else", result: e3 }) : (zi = t3, t3 = s), t3;
        }
        function Yl() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            if (r4 = zi, (t3 = Wl()) !== s) {
              for (e3 = [], n2 = zi, (o2 = Gp()) !== s && (u2 = Yb()) !== s && (a2 = Pp()) !== s && (i2 = Wl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Gp()) !== s && (u2 = Yb()) !== s && (a2 = Pp()) !== s && (i2 = Wl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
              e3 !== s ? (Zi = r4, t3 = En(t3, e3), r4 = t3) : (zi = r4, r4 = s);
            } else zi = r4, r4 = s;
            return r4;
          })()) === s && (r3 = vc()), r3;
        }
        function Bl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Yl()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s ? ((u2 = Hb()) === s && (u2 = Yb()), u2 !== s && (a2 = Pp()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s ? ((u2 = Hb()) === s && (u2 = Yb()), u2 !== s && (a2 = Pp()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              let e4 = t4.length, n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = fv(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function $l() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Yl()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s ? ((u2 = Hb()) === s && (u2 = Yb()) === s && (u2 = Op()) === s && (u2 = Mp()), u2 !== s && (a2 = Pp()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s ? ((u2 = Hb()) === s && (u2 = Yb()) === s && (u2 = Op()) === s && (u2 = Mp()), u2 !== s && (a2 = Pp()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              let e4 = t4.length, n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) t4[r5][1] === "," ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = fv(t4[r5][1], n3, t4[r5][3]);
              if (o3 === ",") {
                let r5 = { type: "expr_list" };
                return r5.value = Array.isArray(n3) ? n3 : [n3], r5;
              }
              return n3;
            })(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Wl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = ql()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Gp()) !== s && (u2 = Hb()) !== s && (a2 = Pp()) !== s && (i2 = ql()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Gp()) !== s && (u2 = Hb()) !== s && (a2 = Pp()) !== s && (i2 = ql()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = vv(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function ql() {
          var r3, t3;
          return (r3 = Vl()) === s && (r3 = (function() {
            var r4, t4, e3;
            r4 = zi, (t4 = (function() {
              var r5, t5, e4, n3, o3;
              return r5 = zi, t5 = zi, (e4 = Fb()) !== s && (n3 = Pp()) !== s && (o3 = Gb()) !== s ? t5 = e4 = [e4, n3, o3] : (zi = t5, t5 = s), t5 !== s && (Zi = r5, t5 = An(t5)), (r5 = t5) === s && (r5 = Gb()), r5;
            })()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (e3 = vc()) !== s && Pp() !== s && xp() !== s ? (Zi = r4, n2 = t4, (o2 = e3).parentheses = !0, t4 = lv(n2, o2), r4 = t4) : (zi = r4, r4 = s);
            var n2, o2;
            return r4;
          })()) === s && (r3 = zi, Fb() !== s && Pp() !== s && (t3 = ql()) !== s ? (Zi = r3, r3 = lv("NOT", t3)) : (zi = r3, r3 = s)), r3;
        }
        function Vl() {
          var t3, e3, n2;
          return t3 = zi, (e3 = Zl()) !== s && Pp() !== s ? ((n2 = (function() {
            var t4;
            return (t4 = (function() {
              var r3, t5, e4, n3, o2, u2, a2;
              if (r3 = zi, t5 = [], e4 = zi, (n3 = Pp()) !== s && (o2 = Xl()) !== s && (u2 = Pp()) !== s && (a2 = Zl()) !== s ? e4 = n3 = [n3, o2, u2, a2] : (zi = e4, e4 = s), e4 !== s) for (; e4 !== s; ) t5.push(e4), e4 = zi, (n3 = Pp()) !== s && (o2 = Xl()) !== s && (u2 = Pp()) !== s && (a2 = Zl()) !== s ? e4 = n3 = [n3, o2, u2, a2] : (zi = e4, e4 = s);
              else t5 = s;
              return t5 !== s && (e4 = Pp()) !== s ? ((n3 = zl()) === s && (n3 = null), n3 !== s ? (Zi = r3, r3 = t5 = { type: "arithmetic", tail: t5, in: n3 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
            })()) === s && (t4 = zl()) === s && (t4 = (function() {
              var r3, t5, e4, n3;
              return r3 = zi, (t5 = (function() {
                var r4, t6, e5, n4, o2;
                return r4 = zi, t6 = zi, (e5 = Fb()) !== s && (n4 = Pp()) !== s && (o2 = Ub()) !== s ? t6 = e5 = [e5, n4, o2] : (zi = t6, t6 = s), t6 !== s && (Zi = r4, t6 = An(t6)), (r4 = t6) === s && (r4 = Ub()), r4;
              })()) !== s && Pp() !== s && (e4 = Zl()) !== s && Pp() !== s && Hb() !== s && Pp() !== s && (n3 = Zl()) !== s ? (Zi = r3, r3 = t5 = { op: t5, right: { type: "expr_list", value: [e4, n3] } }) : (zi = r3, r3 = s), r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3, o2;
              return r3 = zi, (t5 = Mb()) !== s && (e4 = Pp()) !== s && (n3 = Zl()) !== s ? (Zi = r3, r3 = t5 = { op: "IS", right: n3 }) : (zi = r3, r3 = s), r3 === s && (r3 = zi, t5 = zi, (e4 = Mb()) !== s && (n3 = Pp()) !== s && (o2 = Fb()) !== s ? t5 = e4 = [e4, n3, o2] : (zi = t5, t5 = s), t5 !== s && (e4 = Pp()) !== s && (n3 = Zl()) !== s ? (Zi = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { op: "IS NOT", right: r4 };
              })(n3), r3 = t5) : (zi = r3, r3 = s)), r3;
            })()) === s && (t4 = Ql()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = zi, (e4 = (function() {
                var t6, e5, n4;
                t6 = zi, (e5 = Fb()) === s && (e5 = null), e5 !== s && Pp() !== s ? ((n4 = (function() {
                  var t7, e6, n5, o4;
                  return t7 = zi, r2.substr(zi, 6).toLowerCase() === "regexp" ? (e6 = r2.substr(zi, 6), zi += 6) : (e6 = s, ec === 0 && ac(zu)), e6 !== s ? (n5 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n5 = void 0 : (zi = n5, n5 = s), n5 !== s ? (Zi = t7, t7 = e6 = "REGEXP") : (zi = t7, t7 = s)) : (zi = t7, t7 = s), t7;
                })()) === s && (n4 = (function() {
                  var t7, e6, n5, o4;
                  return t7 = zi, r2.substr(zi, 5).toLowerCase() === "rlike" ? (e6 = r2.substr(zi, 5), zi += 5) : (e6 = s, ec === 0 && ac(Qu)), e6 !== s ? (n5 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n5 = void 0 : (zi = n5, n5 = s), n5 !== s ? (Zi = t7, t7 = e6 = "RLIKE") : (zi = t7, t7 = s)) : (zi = t7, t7 = s), t7;
                })()), n4 !== s ? (Zi = t6, u3 = n4, t6 = e5 = (o3 = e5) ? `${o3} ${u3}` : u3) : (zi = t6, t6 = s)) : (zi = t6, t6 = s);
                var o3, u3;
                return t6;
              })()) !== s && Pp() !== s ? (r2.substr(zi, 6).toLowerCase() === "binary" ? (n3 = r2.substr(zi, 6), zi += 6) : (n3 = s, ec === 0 && ac(Bt)), n3 === s && (n3 = null), n3 !== s && Pp() !== s ? ((o2 = Df()) === s && (o2 = Yf()) === s && (o2 = of()), o2 !== s ? (Zi = t5, u2 = e4, t5 = e4 = { op: (a2 = n3) ? `${u2} ${a2}` : u2, right: o2 }) : (zi = t5, t5 = s)) : (zi = t5, t5 = s)) : (zi = t5, t5 = s);
              var u2, a2;
              return t5;
            })()), t4;
          })()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            if (t4 === null) return r3;
            if (t4.type === "arithmetic") {
              if (!t4.in) return vv(r3, t4.tail);
              let e4 = vv(r3, t4.tail);
              return fv(t4.in.op, e4, t4.in.right);
            }
            return fv(t4.op, r3, t4.right);
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = Yf()) === s && (t3 = of()), t3;
        }
        function Xl() {
          var t3;
          return r2.substr(zi, 2) === ">=" ? (t3 = ">=", zi += 2) : (t3 = s, ec === 0 && ac(Tn)), t3 === s && (r2.charCodeAt(zi) === 62 ? (t3 = ">", zi++) : (t3 = s, ec === 0 && ac(_n)), t3 === s && (r2.substr(zi, 2) === "<=" ? (t3 = "<=", zi += 2) : (t3 = s, ec === 0 && ac(gn)), t3 === s && (r2.substr(zi, 2) === "<>" ? (t3 = "<>", zi += 2) : (t3 = s, ec === 0 && ac(In)), t3 === s && (r2.charCodeAt(zi) === 60 ? (t3 = "<", zi++) : (t3 = s, ec === 0 && ac(Sn)), t3 === s && (r2.charCodeAt(zi) === 61 ? (t3 = "=", zi++) : (t3 = s, ec === 0 && ac(Cn)), t3 === s && (r2.substr(zi, 2) === "!=" ? (t3 = "!=", zi += 2) : (t3 = s, ec === 0 && ac(Nn)))))))), t3;
        }
        function Kl() {
          var r3, t3, e3, n2, o2;
          return r3 = zi, t3 = zi, (e3 = Fb()) !== s && (n2 = Pp()) !== s && (o2 = Db()) !== s ? t3 = e3 = [e3, n2, o2] : (zi = t3, t3 = s), t3 !== s && (Zi = r3, t3 = An(t3)), (r3 = t3) === s && (r3 = Db()), r3;
        }
        function Ql() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = zi, (e3 = (function() {
            var r3, t4, e4, n3, o3;
            return r3 = zi, t4 = zi, (e4 = Fb()) !== s && (n3 = Pp()) !== s && (o3 = Pb()) !== s ? t4 = e4 = [e4, n3, o3] : (zi = t4, t4 = s), t4 !== s && (Zi = r3, t4 = An(t4)), (r3 = t4) === s && (r3 = Pb()), r3;
          })()) !== s && Pp() !== s ? ((n2 = Ff()) === s && (n2 = Af()) === s && (n2 = Vl()), n2 !== s && Pp() !== s ? ((o2 = (function() {
            var t4, e4, n3;
            return t4 = zi, r2.substr(zi, 6).toLowerCase() === "escape" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(On)), e4 !== s && Pp() !== s && (n3 = Yf()) !== s ? (Zi = t4, t4 = e4 = { type: "ESCAPE", value: n3 }) : (zi = t4, t4 = s), t4;
          })()) === s && (o2 = null), o2 !== s ? (Zi = t3, u2 = e3, a2 = n2, (i2 = o2) && (a2.escape = i2), t3 = e3 = { op: u2, right: a2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function zl() {
          var r3, t3, e3, n2;
          return r3 = zi, (t3 = Kl()) !== s && Pp() !== s && (e3 = jp()) !== s && Pp() !== s && (n2 = Ml()) !== s && Pp() !== s && xp() !== s ? (Zi = r3, r3 = t3 = { op: t3, right: n2 }) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = Kl()) !== s && Pp() !== s ? ((e3 = rv()) === s && (e3 = of()) === s && (e3 = Yf()), e3 !== s ? (Zi = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4) {
            return { op: r4, right: t4 };
          })(t3, e3)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)), r3;
        }
        function Zl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = rf()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Jl()) !== s && (a2 = Pp()) !== s && (i2 = rf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Jl()) !== s && (a2 = Pp()) !== s && (i2 = rf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && r4.type === "column_ref" && r4.column === "*") throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...cv() }));
              return vv(r4, t4);
            })(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Jl() {
          var t3;
          return r2.charCodeAt(zi) === 43 ? (t3 = "+", zi++) : (t3 = s, ec === 0 && ac(Rn)), t3 === s && (r2.charCodeAt(zi) === 45 ? (t3 = "-", zi++) : (t3 = s, ec === 0 && ac(jn))), t3;
        }
        function rf() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = ef()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s ? ((u2 = tf()) === s && (u2 = Mp()), u2 !== s && (a2 = Pp()) !== s && (i2 = ef()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s ? ((u2 = tf()) === s && (u2 = Mp()), u2 !== s && (a2 = Pp()) !== s && (i2 = ef()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = vv(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function tf() {
          var t3, e3;
          return r2.charCodeAt(zi) === 42 ? (t3 = "*", zi++) : (t3 = s, ec === 0 && ac(xn)), t3 === s && (r2.charCodeAt(zi) === 47 ? (t3 = "/", zi++) : (t3 = s, ec === 0 && ac(kn)), t3 === s && (r2.charCodeAt(zi) === 37 ? (t3 = "%", zi++) : (t3 = s, ec === 0 && ac(Un)), t3 === s && (r2.substr(zi, 2) === "||" ? (t3 = "||", zi += 2) : (t3 = s, ec === 0 && ac(Dn)), t3 === s && (t3 = zi, r2.substr(zi, 3).toLowerCase() === "div" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Mn)), e3 === s && (r2.substr(zi, 3).toLowerCase() === "mod" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Pn))), e3 !== s && (Zi = t3, e3 = e3.toUpperCase()), (t3 = e3) === s && (r2.charCodeAt(zi) === 38 ? (t3 = "&", zi++) : (t3 = s, ec === 0 && ac(Gn)), t3 === s && (r2.substr(zi, 2) === ">>" ? (t3 = ">>", zi += 2) : (t3 = s, ec === 0 && ac(Fn)), t3 === s && (r2.substr(zi, 2) === "<<" ? (t3 = "<<", zi += 2) : (t3 = s, ec === 0 && ac(Hn)), t3 === s && (r2.charCodeAt(zi) === 94 ? (t3 = "^", zi++) : (t3 = s, ec === 0 && ac(Yn)), t3 === s && (r2.charCodeAt(zi) === 124 ? (t3 = "|", zi++) : (t3 = s, ec === 0 && ac(Bn))))))))))), t3;
        }
        function ef() {
          var t3, e3, n2, o2, u2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, a2, i2, c2;
            if (t4 = zi, (e4 = nf()) !== s) if (Pp() !== s) {
              for (n3 = [], o3 = zi, (u3 = Pp()) !== s ? (r2.substr(zi, 2) === "?|" ? (a2 = "?|", zi += 2) : (a2 = s, ec === 0 && ac(qn)), a2 === s && (r2.substr(zi, 2) === "?&" ? (a2 = "?&", zi += 2) : (a2 = s, ec === 0 && ac(Vn)), a2 === s && (r2.charCodeAt(zi) === 63 ? (a2 = "?", zi++) : (a2 = s, ec === 0 && ac(hn)), a2 === s && (r2.substr(zi, 2) === "#-" ? (a2 = "#-", zi += 2) : (a2 = s, ec === 0 && ac(Xn)), a2 === s && (r2.substr(zi, 3) === "#>>" ? (a2 = "#>>", zi += 3) : (a2 = s, ec === 0 && ac(Kn)), a2 === s && (r2.substr(zi, 2) === "#>" ? (a2 = "#>", zi += 2) : (a2 = s, ec === 0 && ac(Qn)), a2 === s && (a2 = Dp()) === s && (a2 = Up()) === s && (r2.substr(zi, 2) === "@>" ? (a2 = "@>", zi += 2) : (a2 = s, ec === 0 && ac(zn)), a2 === s && (r2.substr(zi, 2) === "<@" ? (a2 = "<@", zi += 2) : (a2 = s, ec === 0 && ac(Zn))))))))), a2 !== s && (i2 = Pp()) !== s && (c2 = nf()) !== s ? o3 = u3 = [u3, a2, i2, c2] : (zi = o3, o3 = s)) : (zi = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = zi, (u3 = Pp()) !== s ? (r2.substr(zi, 2) === "?|" ? (a2 = "?|", zi += 2) : (a2 = s, ec === 0 && ac(qn)), a2 === s && (r2.substr(zi, 2) === "?&" ? (a2 = "?&", zi += 2) : (a2 = s, ec === 0 && ac(Vn)), a2 === s && (r2.charCodeAt(zi) === 63 ? (a2 = "?", zi++) : (a2 = s, ec === 0 && ac(hn)), a2 === s && (r2.substr(zi, 2) === "#-" ? (a2 = "#-", zi += 2) : (a2 = s, ec === 0 && ac(Xn)), a2 === s && (r2.substr(zi, 3) === "#>>" ? (a2 = "#>>", zi += 3) : (a2 = s, ec === 0 && ac(Kn)), a2 === s && (r2.substr(zi, 2) === "#>" ? (a2 = "#>", zi += 2) : (a2 = s, ec === 0 && ac(Qn)), a2 === s && (a2 = Dp()) === s && (a2 = Up()) === s && (r2.substr(zi, 2) === "@>" ? (a2 = "@>", zi += 2) : (a2 = s, ec === 0 && ac(zn)), a2 === s && (r2.substr(zi, 2) === "<@" ? (a2 = "<@", zi += 2) : (a2 = s, ec === 0 && ac(Zn))))))))), a2 !== s && (i2 = Pp()) !== s && (c2 = nf()) !== s ? o3 = u3 = [u3, a2, i2, c2] : (zi = o3, o3 = s)) : (zi = o3, o3 = s);
              n3 !== s && (o3 = Pp()) !== s ? ((u3 = _c()) === s && (u3 = null), u3 !== s ? (Zi = t4, e4 = (function(r3, t5, e5) {
                let n4 = r3;
                return t5 && t5.length > 0 && (n4 = vv(r3, t5)), e5 && (n4.collate = e5), n4;
              })(e4, n3, u3), t4 = e4) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            return t4;
          })()) === s && (t3 = zi, (e3 = (function() {
            var t4;
            return r2.charCodeAt(zi) === 33 ? (t4 = "!", zi++) : (t4 = s, ec === 0 && ac($n)), t4 === s && (r2.charCodeAt(zi) === 45 ? (t4 = "-", zi++) : (t4 = s, ec === 0 && ac(jn)), t4 === s && (r2.charCodeAt(zi) === 43 ? (t4 = "+", zi++) : (t4 = s, ec === 0 && ac(Rn)), t4 === s && (r2.charCodeAt(zi) === 126 ? (t4 = "~", zi++) : (t4 = s, ec === 0 && ac(Wn))))), t4;
          })()) !== s ? (n2 = zi, (o2 = Pp()) !== s && (u2 = ef()) !== s ? n2 = o2 = [o2, u2] : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = lv(e3, n2[1])) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)), t3;
        }
        function nf() {
          var t3, e3, n2, o2;
          return (t3 = Pl()) === s && (t3 = (function() {
            var t4;
            return (t4 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, (e4 = (function() {
                var t6, e5, n4, o4;
                return t6 = zi, r2.substr(zi, 5).toLowerCase() === "count" ? (e5 = r2.substr(zi, 5), zi += 5) : (e5 = s, ec === 0 && ac(ta)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t6, t6 = e5 = "COUNT") : (zi = t6, t6 = s)) : (zi = t6, t6 = s), t6;
              })()) === s && (e4 = (function() {
                var t6, e5, n4, o4;
                return t6 = zi, r2.substr(zi, 12).toLowerCase() === "group_concat" ? (e5 = r2.substr(zi, 12), zi += 12) : (e5 = s, ec === 0 && ac(ea)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t6, t6 = e5 = "GROUP_CONCAT") : (zi = t6, t6 = s)) : (zi = t6, t6 = s), t6;
              })()), e4 !== s && Pp() !== s && jp() !== s && Pp() !== s && (n3 = (function() {
                var t6, e5, n4, o4, u2;
                return t6 = zi, (e5 = (function() {
                  var t7, e6;
                  return t7 = zi, r2.charCodeAt(zi) === 42 ? (e6 = "*", zi++) : (e6 = s, ec === 0 && ac(xn)), e6 !== s && (Zi = t7, e6 = { type: "star", value: "*" }), t7 = e6;
                })()) !== s && (Zi = t6, e5 = { expr: e5, ...cv() }), (t6 = e5) === s && (t6 = zi, (e5 = kb()) === s && (e5 = null), e5 !== s && Pp() !== s && (n4 = $l()) !== s && Pp() !== s ? ((o4 = _l()) === s && (o4 = null), o4 !== s && Pp() !== s ? ((u2 = (function() {
                  var t7, e6, n5;
                  return t7 = zi, r2.substr(zi, 9).toLowerCase() === "separator" ? (e6 = r2.substr(zi, 9), zi += 9) : (e6 = s, ec === 0 && ac(Eo)), e6 === s && (e6 = null), e6 !== s && Pp() !== s && (n5 = Yf()) !== s ? (Zi = t7, t7 = e6 = { keyword: e6, value: n5 }) : (zi = t7, t7 = s), t7;
                })()) === s && (u2 = null), u2 !== s ? (Zi = t6, e5 = { distinct: e5, expr: n4, orderby: o4, separator: u2, ...cv() }, t6 = e5) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)) : (zi = t6, t6 = s)), t6;
              })()) !== s && Pp() !== s && xp() !== s && Pp() !== s ? ((o3 = _f()) === s && (o3 = null), o3 !== s ? (Zi = t5, e4 = { type: "aggr_func", name: e4, args: n3, over: o3, ...cv() }, t5 = e4) : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, (e4 = (function() {
                var t6;
                return (t6 = (function() {
                  var t7, e5, n4, o4;
                  return t7 = zi, r2.substr(zi, 3).toLowerCase() === "sum" ? (e5 = r2.substr(zi, 3), zi += 3) : (e5 = s, ec === 0 && ac(sa)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t7, t7 = e5 = "SUM") : (zi = t7, t7 = s)) : (zi = t7, t7 = s), t7;
                })()) === s && (t6 = (function() {
                  var t7, e5, n4, o4;
                  return t7 = zi, r2.substr(zi, 3).toLowerCase() === "max" ? (e5 = r2.substr(zi, 3), zi += 3) : (e5 = s, ec === 0 && ac(na)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t7, t7 = e5 = "MAX") : (zi = t7, t7 = s)) : (zi = t7, t7 = s), t7;
                })()) === s && (t6 = (function() {
                  var t7, e5, n4, o4;
                  return t7 = zi, r2.substr(zi, 3).toLowerCase() === "min" ? (e5 = r2.substr(zi, 3), zi += 3) : (e5 = s, ec === 0 && ac(oa)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t7, t7 = e5 = "MIN") : (zi = t7, t7 = s)) : (zi = t7, t7 = s), t7;
                })()) === s && (t6 = (function() {
                  var t7, e5, n4, o4;
                  return t7 = zi, r2.substr(zi, 3).toLowerCase() === "avg" ? (e5 = r2.substr(zi, 3), zi += 3) : (e5 = s, ec === 0 && ac(ua)), e5 !== s ? (n4 = zi, ec++, o4 = Cf(), ec--, o4 === s ? n4 = void 0 : (zi = n4, n4 = s), n4 !== s ? (Zi = t7, t7 = e5 = "AVG") : (zi = t7, t7 = s)) : (zi = t7, t7 = s), t7;
                })()), t6;
              })()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (n3 = Bl()) !== s && Pp() !== s && xp() !== s && Pp() !== s ? ((o3 = _f()) === s && (o3 = null), o3 !== s ? (Zi = t5, e4 = { type: "aggr_func", name: e4, args: { expr: n3 }, over: o3, ...cv() }, t5 = e4) : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), t4;
          })()) === s && (t3 = al()) === s && (t3 = Df()) === s && (t3 = (function() {
            var r3, t4, e4, n3, o3, u2, a2;
            r3 = zi, (t4 = qb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (e4 = Yl()) !== s && Pp() !== s && wb() !== s && Pp() !== s && (n3 = ov()) !== s && Pp() !== s && (o3 = Gc()) !== s && Pp() !== s && (u2 = af()) !== s && Pp() !== s && xp() !== s ? (Zi = r3, t4 = (function(r4, t5, e5, n4, o4) {
              let { dataType: s2, length: u3 } = e5, a3 = s2;
              return u3 !== void 0 && (a3 = `${a3}(${u3})`), { type: "cast", keyword: r4.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: a3, suffix: [{ type: "origin", value: n4 }, o4] }] };
            })(t4, e4, n3, o3, u2), r3 = t4) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = qb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (e4 = Yl()) !== s && Pp() !== s && wb() !== s && Pp() !== s && (n3 = ev()) !== s && Pp() !== s && (o3 = xp()) !== s ? (Zi = r3, i2 = e4, c2 = n3, t4 = { type: "cast", keyword: t4.toLowerCase(), expr: i2, symbol: "as", target: [c2] }, r3 = t4) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = qb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (e4 = Yl()) !== s && Pp() !== s && wb() !== s && Pp() !== s && (n3 = Kb()) !== s && Pp() !== s && (o3 = jp()) !== s && Pp() !== s && (u2 = Vf()) !== s && Pp() !== s && xp() !== s && Pp() !== s && (a2 = xp()) !== s ? (Zi = r3, t4 = (function(r4, t5, e5) {
              return { type: "cast", keyword: r4.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(t4, e4, u2), r3 = t4) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = qb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (e4 = Yl()) !== s && Pp() !== s && wb() !== s && Pp() !== s && (n3 = Kb()) !== s && Pp() !== s && (o3 = jp()) !== s && Pp() !== s && (u2 = Vf()) !== s && Pp() !== s && Op() !== s && Pp() !== s && (a2 = Vf()) !== s && Pp() !== s && xp() !== s && Pp() !== s && xp() !== s ? (Zi = r3, t4 = (function(r4, t5, e5, n4) {
              return { type: "cast", keyword: r4.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(t4, e4, u2, a2), r3 = t4) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = qb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (e4 = Yl()) !== s && Pp() !== s && wb() !== s && Pp() !== s && (n3 = Pf()) !== s && Pp() !== s ? ((o3 = zb()) === s && (o3 = null), o3 !== s && Pp() !== s && (u2 = xp()) !== s ? (Zi = r3, t4 = (function(r4, t5, e5, n4) {
              return { type: "cast", keyword: r4.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: [e5, n4].filter(Boolean).join(" ") }] };
            })(t4, e4, n3, o3), r3 = t4) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)))));
            var i2, c2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e4, n3, o3, u2, a2, i2;
            return r3 = zi, $b() !== s && Pp() !== s && (t4 = Gl()) !== s && Pp() !== s ? ((e4 = Hl()) === s && (e4 = null), e4 !== s && Pp() !== s && (n3 = Wb()) !== s && Pp() !== s ? ((o3 = $b()) === s && (o3 = null), o3 !== s ? (Zi = r3, a2 = t4, (i2 = e4) && a2.push(i2), r3 = { type: "case", expr: null, args: a2 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, $b() !== s && Pp() !== s && (t4 = Yl()) !== s && Pp() !== s && (e4 = Gl()) !== s && Pp() !== s ? ((n3 = Hl()) === s && (n3 = null), n3 !== s && Pp() !== s && (o3 = Wb()) !== s && Pp() !== s ? ((u2 = $b()) === s && (u2 = null), u2 !== s ? (Zi = r3, r3 = (function(r4, t5, e5) {
              return e5 && t5.push(e5), { type: "case", expr: r4, args: t5 };
            })(t4, e4, n3)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)), r3;
          })()) === s && (t3 = Gf()) === s && (t3 = of()) === s && (t3 = qf()) === s && (t3 = Af()) === s && (t3 = zi, jp() !== s && (e3 = Pp()) !== s && (n2 = $l()) !== s && Pp() !== s && xp() !== s ? (Zi = t3, (o2 = n2).parentheses = !0, t3 = o2) : (zi = t3, t3 = s), t3 === s && (t3 = rv()) === s && (t3 = zi, Pp() !== s ? (r2.charCodeAt(zi) === 63 ? (e3 = "?", zi++) : (e3 = s, ec === 0 && ac(hn)), e3 !== s ? (Zi = t3, t3 = { type: "origin", value: e3 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s))), t3;
        }
        function of() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2, v2, d2, y2, w2;
          return r3 = zi, (t3 = hf()) === s && (t3 = df()), t3 !== s && (e3 = Pp()) !== s && (n2 = Np()) !== s && (o2 = Pp()) !== s ? ((u2 = hf()) === s && (u2 = df()), u2 !== s && (a2 = Pp()) !== s && (i2 = Np()) !== s && (c2 = Pp()) !== s && (l2 = yf()) !== s ? (f2 = zi, (b2 = Pp()) !== s && (p2 = _c()) !== s ? f2 = b2 = [b2, p2] : (zi = f2, f2 = s), f2 === s && (f2 = null), f2 !== s ? (Zi = r3, v2 = t3, d2 = u2, y2 = l2, w2 = f2, Cv.add(`select::${typeof v2 == "object" ? v2.value : v2}::${typeof d2 == "object" ? d2.value : d2}::${y2}`), r3 = t3 = { type: "column_ref", db: v2, table: d2, column: y2, collate: w2 && w2[1], ...cv() }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = hf()) === s && (t3 = df()), t3 !== s && (e3 = Pp()) !== s && (n2 = Np()) !== s && (o2 = Pp()) !== s && (u2 = yf()) !== s ? (a2 = zi, (i2 = Pp()) !== s && (c2 = _c()) !== s ? a2 = i2 = [i2, c2] : (zi = a2, a2 = s), a2 === s && (a2 = null), a2 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4, e4) {
            return Cv.add(`select::${typeof r4 == "object" ? r4.value : r4}::${t4}`), { type: "column_ref", table: r4, column: t4, collate: e4 && e4[1], ...cv() };
          })(t3, u2, a2)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, t3 = zi, (e3 = lf()) !== s && (n2 = Pp()) !== s && (o2 = Np()) !== s ? t3 = e3 = [e3, n2, o2] : (zi = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = Pp()) !== s && (n2 = Rp()) !== s ? (Zi = r3, r3 = t3 = (function(r4) {
            let t4 = r4 && r4[0] || null;
            return Cv.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null, ...cv() };
          })(t3)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = wf()) !== s ? (e3 = zi, (n2 = Pp()) !== s && (o2 = _c()) !== s ? e3 = n2 = [n2, o2] : (zi = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
            return Cv.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1], ...cv() };
          })(t3, e3)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)))), r3;
        }
        function sf() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = wf()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = wf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = wf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = sr(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function uf() {
          var r3, t3;
          return r3 = zi, (t3 = hf()) !== s && (Zi = r3, t3 = { type: "default", value: t3 }), r3 = t3;
        }
        function af() {
          var r3;
          return (r3 = uf()) === s && (r3 = ff()), r3;
        }
        function cf() {
          var r3;
          return (r3 = hf()) === s && (r3 = bf()), r3;
        }
        function lf() {
          var r3, t3;
          return r3 = zi, (t3 = hf()) !== s ? (Zi = zi, (Jn(t3) ? s : void 0) !== s ? (Zi = r3, r3 = t3 = t3) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = bf()), r3;
        }
        function ff() {
          var r3;
          return (r3 = pf()) === s && (r3 = vf()) === s && (r3 = df()), r3;
        }
        function bf() {
          var r3, t3;
          return r3 = zi, (t3 = pf()) === s && (t3 = vf()) === s && (t3 = df()), t3 !== s && (Zi = r3, t3 = t3.value), r3 = t3;
        }
        function pf() {
          var t3, e3, n2, o2;
          if (t3 = zi, r2.charCodeAt(zi) === 34 ? (e3 = '"', zi++) : (e3 = s, ec === 0 && ac(ro)), e3 !== s) {
            if (n2 = [], to.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(eo)), o2 !== s) for (; o2 !== s; ) n2.push(o2), to.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(eo));
            else n2 = s;
            n2 !== s ? (r2.charCodeAt(zi) === 34 ? (o2 = '"', zi++) : (o2 = s, ec === 0 && ac(ro)), o2 !== s ? (Zi = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          return t3;
        }
        function vf() {
          var t3, e3, n2, o2;
          if (t3 = zi, r2.charCodeAt(zi) === 39 ? (e3 = "'", zi++) : (e3 = s, ec === 0 && ac(Ot)), e3 !== s) {
            for (n2 = [], no.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(oo)); o2 !== s; ) n2.push(o2), no.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(oo));
            n2 !== s ? (r2.charCodeAt(zi) === 39 ? (o2 = "'", zi++) : (o2 = s, ec === 0 && ac(Ot)), o2 !== s ? (Zi = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          return t3;
        }
        function df() {
          var t3, e3, n2, o2;
          if (t3 = zi, r2.charCodeAt(zi) === 96 ? (e3 = "`", zi++) : (e3 = s, ec === 0 && ac(so)), e3 !== s) {
            if (n2 = [], uo.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(ao)), o2 === s && (o2 = Wf()), o2 !== s) for (; o2 !== s; ) n2.push(o2), uo.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(ao)), o2 === s && (o2 = Wf());
            else n2 = s;
            n2 !== s ? (r2.charCodeAt(zi) === 96 ? (o2 = "`", zi++) : (o2 = s, ec === 0 && ac(so)), o2 !== s ? (Zi = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          return t3;
        }
        function yf() {
          var r3, t3;
          return r3 = zi, (t3 = Lf()) !== s && (Zi = r3, t3 = t3), (r3 = t3) === s && (r3 = bf()), r3;
        }
        function wf() {
          var r3, t3;
          return r3 = zi, (t3 = Lf()) !== s ? (Zi = zi, (Jn(t3) ? s : void 0) !== s ? (Zi = r3, r3 = t3 = t3) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t3 = df()) !== s && (Zi = r3, t3 = t3.value), r3 = t3), r3;
        }
        function Lf() {
          var r3, t3, e3, n2;
          if (r3 = zi, (t3 = Cf()) !== s) {
            for (e3 = [], n2 = Ef(); n2 !== s; ) e3.push(n2), n2 = Ef();
            e3 !== s ? (Zi = r3, r3 = t3 = io(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          if (r3 === s) if (r3 = zi, (t3 = Qf()) !== s) {
            if (e3 = [], (n2 = Ef()) !== s) for (; n2 !== s; ) e3.push(n2), n2 = Ef();
            else e3 = s;
            e3 !== s ? (Zi = r3, r3 = t3 = io(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function hf() {
          var r3, t3, e3, n2;
          if (r3 = zi, (t3 = Cf()) !== s) {
            for (e3 = [], n2 = mf(); n2 !== s; ) e3.push(n2), n2 = mf();
            e3 !== s ? (Zi = r3, r3 = t3 = io(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Cf() {
          var t3;
          return co.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(lo)), t3;
        }
        function mf() {
          var t3;
          return fo.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(bo)), t3;
        }
        function Ef() {
          var t3;
          return po.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(vo)), t3;
        }
        function Af() {
          var t3, e3, n2, o2;
          return t3 = zi, e3 = zi, r2.charCodeAt(zi) === 58 ? (n2 = ":", zi++) : (n2 = s, ec === 0 && ac(yo)), n2 !== s && (o2 = hf()) !== s ? e3 = n2 = [n2, o2] : (zi = e3, e3 = s), e3 !== s && (Zi = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function Tf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = zi, Ab() !== s && Pp() !== s && sb() !== s && Pp() !== s && (e3 = bp()) !== s && Pp() !== s ? (n2 = zi, (o2 = jp()) !== s && (u2 = Pp()) !== s ? ((a2 = Ml()) === s && (a2 = null), a2 !== s && (i2 = Pp()) !== s && (c2 = xp()) !== s ? n2 = o2 = [o2, u2, a2, i2, c2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = { type: "on update", keyword: e3, parentheses: !!(l2 = n2), expr: l2 ? l2[2] : null }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, Ab() !== s && Pp() !== s && sb() !== s && Pp() !== s ? (r2.substr(zi, 3).toLowerCase() === "now" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(wo)), e3 !== s && Pp() !== s && (n2 = jp()) !== s && (o2 = Pp()) !== s && (u2 = xp()) !== s ? (Zi = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "on update", keyword: r3, parentheses: !0 };
          })(e3)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)), t3;
        }
        function _f() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "over" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Lo)), e3 !== s && Pp() !== s && (n2 = If()) !== s ? (Zi = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (zi = t3, t3 = s), t3 === s && (t3 = Tf()), t3;
        }
        function gf() {
          var r3, t3, e3;
          return r3 = zi, (t3 = hf()) !== s && Pp() !== s && wb() !== s && Pp() !== s && (e3 = If()) !== s ? (Zi = r3, r3 = t3 = { name: t3, as_window_specification: e3 }) : (zi = r3, r3 = s), r3;
        }
        function If() {
          var r3, t3;
          return (r3 = hf()) === s && (r3 = zi, jp() !== s && Pp() !== s ? ((t3 = (function() {
            var r4, t4, e3, n2;
            return r4 = zi, (t4 = Tl()) === s && (t4 = null), t4 !== s && Pp() !== s ? ((e3 = _l()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              return r5 = zi, (t5 = up()) !== s && Pp() !== s ? ((e4 = Sf()) === s && (e4 = Nf()), e4 !== s ? (Zi = r5, r5 = t5 = { type: "rows", expr: e4 }) : (zi = r5, r5 = s)) : (zi = r5, r5 = s), r5 === s && (r5 = zi, (t5 = up()) !== s && Pp() !== s && (e4 = Ub()) !== s && Pp() !== s && (n3 = Nf()) !== s && Pp() !== s && Hb() !== s && Pp() !== s && (o2 = Sf()) !== s ? (Zi = r5, t5 = fv(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (zi = r5, r5 = s)), r5;
            })()) === s && (n2 = null), n2 !== s ? (Zi = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (zi = r4, r4 = s)) : (zi = r4, r4 = s)) : (zi = r4, r4 = s), r4;
          })()) === s && (t3 = null), t3 !== s && Pp() !== s && xp() !== s ? (Zi = r3, r3 = { window_specification: t3 || {}, parentheses: !0 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s)), r3;
        }
        function Sf() {
          var t3, e3, n2, o2;
          return t3 = zi, (e3 = Rf()) !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "following" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(Co)), n2 !== s ? (Zi = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = Of()), t3;
        }
        function Nf() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, (e3 = Rf()) !== s && Pp() !== s ? (r2.substr(zi, 9).toLowerCase() === "preceding" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(mo)), n2 === s && (r2.substr(zi, 9).toLowerCase() === "following" ? (n2 = r2.substr(zi, 9), zi += 9) : (n2 = s, ec === 0 && ac(Co))), n2 !== s ? (Zi = t3, u2 = n2, (o2 = e3).value += " " + u2.toUpperCase(), t3 = e3 = o2) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = Of()), t3;
        }
        function Of() {
          var t3, e3, n2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "current" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(P)), e3 !== s && Pp() !== s ? (r2.substr(zi, 3).toLowerCase() === "row" ? (n2 = r2.substr(zi, 3), zi += 3) : (n2 = s, ec === 0 && ac(yr)), n2 !== s ? (Zi = t3, t3 = e3 = { type: "origin", value: "current row", ...cv() }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Rf() {
          var t3, e3;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "unbounded" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(Y)), e3 !== s && (Zi = t3, e3 = { type: "origin", value: e3.toUpperCase(), ...cv() }), (t3 = e3) === s && (t3 = qf()), t3;
        }
        function jf() {
          var t3, e3;
          return t3 = zi, r2.substr(zi, 10).toLowerCase() === "year_month" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(Ao)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "day_hour" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(To)), e3 === s && (r2.substr(zi, 10).toLowerCase() === "day_minute" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(_o)), e3 === s && (r2.substr(zi, 10).toLowerCase() === "day_second" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(go)), e3 === s && (r2.substr(zi, 15).toLowerCase() === "day_microsecond" ? (e3 = r2.substr(zi, 15), zi += 15) : (e3 = s, ec === 0 && ac(Io)), e3 === s && (r2.substr(zi, 11).toLowerCase() === "hour_minute" ? (e3 = r2.substr(zi, 11), zi += 11) : (e3 = s, ec === 0 && ac(So)), e3 === s && (r2.substr(zi, 11).toLowerCase() === "hour_second" ? (e3 = r2.substr(zi, 11), zi += 11) : (e3 = s, ec === 0 && ac(No)), e3 === s && (r2.substr(zi, 16).toLowerCase() === "hour_microsecond" ? (e3 = r2.substr(zi, 16), zi += 16) : (e3 = s, ec === 0 && ac(Oo)), e3 === s && (r2.substr(zi, 13).toLowerCase() === "minute_second" ? (e3 = r2.substr(zi, 13), zi += 13) : (e3 = s, ec === 0 && ac(Ro)), e3 === s && (r2.substr(zi, 18).toLowerCase() === "minute_microsecond" ? (e3 = r2.substr(zi, 18), zi += 18) : (e3 = s, ec === 0 && ac(jo)), e3 === s && (r2.substr(zi, 18).toLowerCase() === "second_microsecond" ? (e3 = r2.substr(zi, 18), zi += 18) : (e3 = s, ec === 0 && ac(xo)), e3 === s && (r2.substr(zi, 13).toLowerCase() === "timezone_hour" ? (e3 = r2.substr(zi, 13), zi += 13) : (e3 = s, ec === 0 && ac(ko)), e3 === s && (r2.substr(zi, 15).toLowerCase() === "timezone_minute" ? (e3 = r2.substr(zi, 15), zi += 15) : (e3 = s, ec === 0 && ac(Uo)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "century" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Do)), e3 === s && (r2.substr(zi, 3).toLowerCase() === "day" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Mo)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "date" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Po)), e3 === s && (r2.substr(zi, 6).toLowerCase() === "decade" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(Go)), e3 === s && (r2.substr(zi, 3).toLowerCase() === "dow" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Fo)), e3 === s && (r2.substr(zi, 3).toLowerCase() === "doy" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Ho)), e3 === s && (r2.substr(zi, 5).toLowerCase() === "epoch" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(Yo)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "hour" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Bo)), e3 === s && (r2.substr(zi, 6).toLowerCase() === "isodow" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac($o)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "isoweek" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Wo)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "isoyear" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(qo)), e3 === s && (r2.substr(zi, 12).toLowerCase() === "microseconds" ? (e3 = r2.substr(zi, 12), zi += 12) : (e3 = s, ec === 0 && ac(Vo)), e3 === s && (r2.substr(zi, 10).toLowerCase() === "millennium" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(Xo)), e3 === s && (r2.substr(zi, 12).toLowerCase() === "milliseconds" ? (e3 = r2.substr(zi, 12), zi += 12) : (e3 = s, ec === 0 && ac(Ko)), e3 === s && (r2.substr(zi, 6).toLowerCase() === "minute" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(Qo)), e3 === s && (r2.substr(zi, 5).toLowerCase() === "month" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(zo)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "quarter" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Zo)), e3 === s && (r2.substr(zi, 6).toLowerCase() === "second" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(Jo)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "time" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(rs)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "timezone" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(ts)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "week" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(es)), e3 === s && (r2.substr(zi, 4).toLowerCase() === "year" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(ns)))))))))))))))))))))))))))))))))))), e3 !== s && (Zi = t3, e3 = e3), t3 = e3;
        }
        function xf() {
          var t3, e3, n2, o2, u2, a2, i2, c2;
          return t3 = zi, (e3 = Bb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (n2 = jf()) !== s && Pp() !== s && db() !== s && Pp() !== s ? ((o2 = ip()) === s && (o2 = fp()) === s && (o2 = ap()) === s && (o2 = op()), o2 !== s && Pp() !== s && (u2 = Yl()) !== s && Pp() !== s && xp() !== s ? (Zi = t3, a2 = n2, i2 = o2, c2 = u2, t3 = e3 = { type: e3.toLowerCase(), args: { field: a2, cast_type: i2, source: c2 }, ...cv() }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Bb()) !== s && Pp() !== s && jp() !== s && Pp() !== s && (n2 = jf()) !== s && Pp() !== s && db() !== s && Pp() !== s && (o2 = Yl()) !== s && Pp() !== s && (u2 = xp()) !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), args: { field: t4, source: e4 }, ...cv() };
          })(e3, n2, o2)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.substr(zi, 10).toLowerCase() === "date_trunc" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(os)), e3 !== s && Pp() !== s && jp() !== s && Pp() !== s && (n2 = Yl()) !== s && Pp() !== s && Op() !== s && Pp() !== s && (o2 = jf()) !== s && Pp() !== s && (u2 = xp()) !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            return { type: "function", name: { name: [{ type: "origin", value: "date_trunc" }] }, args: { type: "expr_list", value: [r3, { type: "origin", value: t4 }] }, over: null, ...cv() };
          })(n2, o2)) : (zi = t3, t3 = s))), t3;
        }
        function kf() {
          var t3, e3, n2;
          return t3 = zi, (e3 = (function() {
            var t4;
            return r2.substr(zi, 4).toLowerCase() === "both" ? (t4 = r2.substr(zi, 4), zi += 4) : (t4 = s, ec === 0 && ac(ss)), t4 === s && (r2.substr(zi, 7).toLowerCase() === "leading" ? (t4 = r2.substr(zi, 7), zi += 7) : (t4 = s, ec === 0 && ac(us)), t4 === s && (r2.substr(zi, 8).toLowerCase() === "trailing" ? (t4 = r2.substr(zi, 8), zi += 8) : (t4 = s, ec === 0 && ac(as)))), t4;
          })()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = Yl()) === s && (n2 = null), n2 !== s && Pp() !== s && db() !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Uf() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "trim" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(is)), e3 !== s && Pp() !== s && jp() !== s && Pp() !== s ? ((n2 = kf()) === s && (n2 = null), n2 !== s && Pp() !== s && (o2 = Yl()) !== s && Pp() !== s && xp() !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            let e4 = r3 || { type: "expr_list", value: [] };
            return e4.value.push(t4), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e4, ...cv() };
          })(n2, o2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Df() {
          var t3, e3, n2, o2, u2, a2, i2, c2;
          return (t3 = xf()) === s && (t3 = Uf()) === s && (t3 = zi, r2.substr(zi, 7).toLowerCase() === "convert" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(cs)), e3 !== s && Pp() !== s && (n2 = jp()) !== s && Pp() !== s && (o2 = (function() {
            var r3, t4, e4, n3, o3, u3;
            return r3 = zi, (t4 = Vp()) !== s && Pp() !== s && Op() !== s && Pp() !== s ? ((e4 = ov()) === s && (e4 = uv()), e4 !== s && Pp() !== s && (n3 = Gc()) !== s && Pp() !== s && (o3 = af()) !== s ? (Zi = r3, r3 = t4 = (function(r4, t5, e5, n4) {
              let { dataType: o4, length: s2 } = t5, u4 = o4;
              return s2 !== void 0 && (u4 = `${u4}(${s2})`), { type: "expr_list", value: [r4, { type: "origin", value: u4, suffix: { prefix: e5, ...n4 } }] };
            })(t4, e4, n3, o3)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = Vp()) !== s && Pp() !== s && Op() !== s && Pp() !== s ? ((e4 = Pf()) === s && (e4 = ev()), e4 !== s ? (Zi = r3, r3 = t4 = { type: "expr_list", value: [t4, { type: "datatype", ...typeof (u3 = e4) == "string" ? { dataType: u3 } : u3 }] }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3 === s && (r3 = zi, (t4 = $l()) !== s && Pp() !== s && Ib() !== s && Pp() !== s && (e4 = hf()) !== s ? (Zi = r3, r3 = t4 = (function(r4, t5) {
              return r4.suffix = "USING " + t5.toUpperCase(), { type: "expr_list", value: [r4] };
            })(t4, e4)) : (zi = r3, r3 = s))), r3;
          })()) !== s && (u2 = Pp()) !== s && xp() !== s ? (Zi = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "convert" }] }, args: o2, ...cv() }) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = (function() {
            var t4;
            return (t4 = Mf()) === s && (t4 = pp()) === s && (t4 = cp()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 12).toLowerCase() === "session_user" ? (e4 = r2.substr(zi, 12), zi += 12) : (e4 = s, ec === 0 && ac(Xa)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "SESSION_USER") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 11).toLowerCase() === "system_user" ? (e4 = r2.substr(zi, 11), zi += 11) : (e4 = s, ec === 0 && ac(Ka)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "SYSTEM_USER") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), t4;
          })()) !== s && Pp() !== s && (n2 = jp()) !== s && Pp() !== s ? ((o2 = Ml()) === s && (o2 = null), o2 !== s && (u2 = Pp()) !== s && xp() !== s && Pp() !== s ? ((a2 = _f()) === s && (a2 = null), a2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, ...cv() };
          })(e3, o2, a2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Mf()) !== s && Pp() !== s ? ((n2 = Tf()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...cv() }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = Qp()) !== s ? (Zi = zi, (iv[(c2 = e3).name[0] && c2.name[0].value.toLowerCase()] ? s : void 0) !== s && (n2 = Pp()) !== s && jp() !== s && (o2 = Pp()) !== s ? ((u2 = $l()) === s && (u2 = null), u2 !== s && Pp() !== s && xp() !== s && (a2 = Pp()) !== s ? ((i2 = _f()) === s && (i2 = null), i2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && t4.type !== "expr_list" && (t4 = { type: "expr_list", value: [t4] }), (r3.name[0] && r3.name[0].value.toUpperCase() === "TIMESTAMPDIFF" || r3.name[0] && r3.name[0].value.toUpperCase() === "TIMESTAMPADD") && t4.value && t4.value[0] && (t4.value[0] = { type: "origin", value: t4.value[0].column }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...cv() };
          })(e3, u2, i2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s))))), t3;
        }
        function Mf() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            return t4 = zi, r2.substr(zi, 12).toLowerCase() === "current_date" ? (e3 = r2.substr(zi, 12), zi += 12) : (e3 = s, ec === 0 && ac(Ya)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t4, t4 = e3 = "CURRENT_DATE") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            return t4 = zi, r2.substr(zi, 12).toLowerCase() === "current_time" ? (e3 = r2.substr(zi, 12), zi += 12) : (e3 = s, ec === 0 && ac(Wa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t4, t4 = e3 = "CURRENT_TIME") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = bp()), t3;
        }
        function Pf() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            return t4 = zi, r2.substr(zi, 6).toLowerCase() === "signed" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ma)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t4, t4 = e3 = "SIGNED") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            return t4 = zi, r2.substr(zi, 8).toLowerCase() === "unsigned" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(Ea)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t4, t4 = e3 = "UNSIGNED") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()), t3;
        }
        function Gf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "binary" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ls)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "_binary" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(fs))), e3 === s && (e3 = null), e3 !== s && Pp() !== s && (n2 = Yf()) !== s ? (o2 = zi, (u2 = Pp()) !== s && (a2 = _c()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (Zi = t3, c2 = n2, l2 = o2, (i2 = e3) && (c2.prefix = i2.toLowerCase()), l2 && (c2.suffix = { collate: l2[1] }), t3 = e3 = c2) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3 === s && (t3 = (function() {
            var t4, e4;
            return t4 = zi, (e4 = (function() {
              var t5, e5, n3, o3;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "true" ? (e5 = r2.substr(zi, 4), zi += 4) : (e5 = s, ec === 0 && ac(zs)), e5 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && (Zi = t4, e4 = { type: "bool", value: !0 }), (t4 = e4) === s && (t4 = zi, (e4 = (function() {
              var t5, e5, n3, o3;
              return t5 = zi, r2.substr(zi, 5).toLowerCase() === "false" ? (e5 = r2.substr(zi, 5), zi += 5) : (e5 = s, ec === 0 && ac(Js)), e5 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && (Zi = t4, e4 = { type: "bool", value: !1 }), t4 = e4), t4;
          })()) === s && (t3 = Hf()) === s && (t3 = (function() {
            var t4, e4, n3, o3, u3, a3;
            if (t4 = zi, (e4 = ap()) === s && (e4 = op()) === s && (e4 = ip()) === s && (e4 = sp()), e4 !== s) if (Pp() !== s) {
              if (n3 = zi, r2.charCodeAt(zi) === 39 ? (o3 = "'", zi++) : (o3 = s, ec === 0 && ac(Ot)), o3 !== s) {
                for (u3 = [], a3 = $f(); a3 !== s; ) u3.push(a3), a3 = $f();
                u3 !== s ? (r2.charCodeAt(zi) === 39 ? (a3 = "'", zi++) : (a3 = s, ec === 0 && ac(Ot)), a3 !== s ? n3 = o3 = [o3, u3, a3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s);
              } else zi = n3, n3 = s;
              n3 !== s ? (Zi = t4, e4 = hs(e4, n3), t4 = e4) : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            if (t4 === s) if (t4 = zi, (e4 = ap()) === s && (e4 = op()) === s && (e4 = ip()) === s && (e4 = sp()), e4 !== s) if (Pp() !== s) {
              if (n3 = zi, r2.charCodeAt(zi) === 34 ? (o3 = '"', zi++) : (o3 = s, ec === 0 && ac(ro)), o3 !== s) {
                for (u3 = [], a3 = Bf(); a3 !== s; ) u3.push(a3), a3 = Bf();
                u3 !== s ? (r2.charCodeAt(zi) === 34 ? (a3 = '"', zi++) : (a3 = s, ec === 0 && ac(ro)), a3 !== s ? n3 = o3 = [o3, u3, a3] : (zi = n3, n3 = s)) : (zi = n3, n3 = s);
              } else zi = n3, n3 = s;
              n3 !== s ? (Zi = t4, e4 = hs(e4, n3), t4 = e4) : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            return t4;
          })()), t3;
        }
        function Ff() {
          var r3;
          return (r3 = Gf()) === s && (r3 = qf()), r3;
        }
        function Hf() {
          var t3, e3;
          return t3 = zi, (e3 = (function() {
            var t4, e4, n2, o2;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "null" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Ks)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) !== s && (Zi = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function Yf() {
          var t3, e3, n2, o2, u2, a2, i2, c2;
          if (t3 = zi, r2.substr(zi, 7).toLowerCase() === "_binary" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(fs)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "_latin1" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(bs))), e3 === s && (e3 = null), e3 !== s) if ((n2 = Pp()) !== s) if (r2.substr(zi, 1).toLowerCase() === "x" ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(ps)), o2 !== s) {
            if (u2 = zi, r2.charCodeAt(zi) === 39 ? (a2 = "'", zi++) : (a2 = s, ec === 0 && ac(Ot)), a2 !== s) {
              for (i2 = [], vs.test(r2.charAt(zi)) ? (c2 = r2.charAt(zi), zi++) : (c2 = s, ec === 0 && ac(ds)); c2 !== s; ) i2.push(c2), vs.test(r2.charAt(zi)) ? (c2 = r2.charAt(zi), zi++) : (c2 = s, ec === 0 && ac(ds));
              i2 !== s ? (r2.charCodeAt(zi) === 39 ? (c2 = "'", zi++) : (c2 = s, ec === 0 && ac(Ot)), c2 !== s ? u2 = a2 = [a2, i2, c2] : (zi = u2, u2 = s)) : (zi = u2, u2 = s);
            } else zi = u2, u2 = s;
            u2 !== s ? (Zi = t3, t3 = e3 = { type: "hex_string", prefix: e3, value: u2[1].join("") }) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          if (t3 === s) {
            if (t3 = zi, r2.substr(zi, 7).toLowerCase() === "_binary" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(fs)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "_latin1" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(bs))), e3 === s && (e3 = null), e3 !== s) if ((n2 = Pp()) !== s) if (r2.substr(zi, 1).toLowerCase() === "b" ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(ys)), o2 !== s) {
              if (u2 = zi, r2.charCodeAt(zi) === 39 ? (a2 = "'", zi++) : (a2 = s, ec === 0 && ac(Ot)), a2 !== s) {
                for (i2 = [], vs.test(r2.charAt(zi)) ? (c2 = r2.charAt(zi), zi++) : (c2 = s, ec === 0 && ac(ds)); c2 !== s; ) i2.push(c2), vs.test(r2.charAt(zi)) ? (c2 = r2.charAt(zi), zi++) : (c2 = s, ec === 0 && ac(ds));
                i2 !== s ? (r2.charCodeAt(zi) === 39 ? (c2 = "'", zi++) : (c2 = s, ec === 0 && ac(Ot)), c2 !== s ? u2 = a2 = [a2, i2, c2] : (zi = u2, u2 = s)) : (zi = u2, u2 = s);
              } else zi = u2, u2 = s;
              u2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
                return { type: "bit_string", prefix: r3, value: e4[1].join("") };
              })(e3, 0, u2)) : (zi = t3, t3 = s);
            } else zi = t3, t3 = s;
            else zi = t3, t3 = s;
            else zi = t3, t3 = s;
            if (t3 === s) {
              if (t3 = zi, r2.substr(zi, 7).toLowerCase() === "_binary" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(fs)), e3 === s && (r2.substr(zi, 7).toLowerCase() === "_latin1" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(bs))), e3 === s && (e3 = null), e3 !== s) if ((n2 = Pp()) !== s) if (r2.substr(zi, 2).toLowerCase() === "0x" ? (o2 = r2.substr(zi, 2), zi += 2) : (o2 = s, ec === 0 && ac(ws)), o2 !== s) {
                for (u2 = [], vs.test(r2.charAt(zi)) ? (a2 = r2.charAt(zi), zi++) : (a2 = s, ec === 0 && ac(ds)); a2 !== s; ) u2.push(a2), vs.test(r2.charAt(zi)) ? (a2 = r2.charAt(zi), zi++) : (a2 = s, ec === 0 && ac(ds));
                u2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4, e4) {
                  return { type: "full_hex_string", prefix: r3, value: e4.join("") };
                })(e3, 0, u2)) : (zi = t3, t3 = s);
              } else zi = t3, t3 = s;
              else zi = t3, t3 = s;
              else zi = t3, t3 = s;
              if (t3 === s) {
                if (t3 = zi, r2.substr(zi, 1).toLowerCase() === "n" ? (e3 = r2.charAt(zi), zi++) : (e3 = s, ec === 0 && ac(Ls)), e3 !== s) {
                  if (n2 = zi, r2.charCodeAt(zi) === 39 ? (o2 = "'", zi++) : (o2 = s, ec === 0 && ac(Ot)), o2 !== s) {
                    for (u2 = [], a2 = $f(); a2 !== s; ) u2.push(a2), a2 = $f();
                    u2 !== s ? (r2.charCodeAt(zi) === 39 ? (a2 = "'", zi++) : (a2 = s, ec === 0 && ac(Ot)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s);
                  } else zi = n2, n2 = s;
                  n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
                    return { type: "natural_string", value: t4[1].join("") };
                  })(0, n2)) : (zi = t3, t3 = s);
                } else zi = t3, t3 = s;
                if (t3 === s) {
                  if (t3 = zi, e3 = zi, r2.charCodeAt(zi) === 39 ? (n2 = "'", zi++) : (n2 = s, ec === 0 && ac(Ot)), n2 !== s) {
                    for (o2 = [], u2 = $f(); u2 !== s; ) o2.push(u2), u2 = $f();
                    o2 !== s ? (r2.charCodeAt(zi) === 39 ? (u2 = "'", zi++) : (u2 = s, ec === 0 && ac(Ot)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s);
                  } else zi = e3, e3 = s;
                  if (e3 !== s && (Zi = t3, e3 = (function(r3) {
                    return { type: "single_quote_string", value: r3[1].join("") };
                  })(e3)), (t3 = e3) === s) {
                    if (t3 = zi, e3 = zi, r2.charCodeAt(zi) === 34 ? (n2 = '"', zi++) : (n2 = s, ec === 0 && ac(ro)), n2 !== s) {
                      for (o2 = [], u2 = Bf(); u2 !== s; ) o2.push(u2), u2 = Bf();
                      o2 !== s ? (r2.charCodeAt(zi) === 34 ? (u2 = '"', zi++) : (u2 = s, ec === 0 && ac(ro)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s);
                    } else zi = e3, e3 = s;
                    e3 !== s && (Zi = t3, e3 = (function(r3) {
                      return { type: "double_quote_string", value: r3[1].join("") };
                    })(e3)), t3 = e3;
                  }
                }
              }
            }
          }
          return t3;
        }
        function Bf() {
          var t3;
          return Cs.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(ms)), t3 === s && (t3 = Wf()) === s && (Es.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(As))), t3;
        }
        function $f() {
          var t3;
          return Ts.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(_s)), t3 === s && (t3 = Wf()), t3;
        }
        function Wf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = zi, r2.substr(zi, 2) === "\\'" ? (e3 = "\\'", zi += 2) : (e3 = s, ec === 0 && ac(gs)), e3 !== s && (Zi = t3, e3 = "\\'"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === '\\"' ? (e3 = '\\"', zi += 2) : (e3 = s, ec === 0 && ac(Is)), e3 !== s && (Zi = t3, e3 = '\\"'), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\\\" ? (e3 = "\\\\", zi += 2) : (e3 = s, ec === 0 && ac(Ss)), e3 !== s && (Zi = t3, e3 = "\\\\"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\/" ? (e3 = "\\/", zi += 2) : (e3 = s, ec === 0 && ac(Ns)), e3 !== s && (Zi = t3, e3 = "\\/"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\b" ? (e3 = "\\b", zi += 2) : (e3 = s, ec === 0 && ac(Os)), e3 !== s && (Zi = t3, e3 = "\b"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\f" ? (e3 = "\\f", zi += 2) : (e3 = s, ec === 0 && ac(Rs)), e3 !== s && (Zi = t3, e3 = "\f"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\n" ? (e3 = "\\n", zi += 2) : (e3 = s, ec === 0 && ac(js)), e3 !== s && (Zi = t3, e3 = `
`), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\r" ? (e3 = "\\r", zi += 2) : (e3 = s, ec === 0 && ac(xs)), e3 !== s && (Zi = t3, e3 = "\r"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\t" ? (e3 = "\\t", zi += 2) : (e3 = s, ec === 0 && ac(ks)), e3 !== s && (Zi = t3, e3 = "	"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "\\u" ? (e3 = "\\u", zi += 2) : (e3 = s, ec === 0 && ac(Us)), e3 !== s && (n2 = Zf()) !== s && (o2 = Zf()) !== s && (u2 = Zf()) !== s && (a2 = Zf()) !== s ? (Zi = t3, i2 = n2, c2 = o2, l2 = u2, f2 = a2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.charCodeAt(zi) === 92 ? (e3 = "\\", zi++) : (e3 = s, ec === 0 && ac(Ds)), e3 !== s && (Zi = t3, e3 = "\\"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "''" ? (e3 = "''", zi += 2) : (e3 = s, ec === 0 && ac(Ms)), e3 !== s && (Zi = t3, e3 = "''"), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === '""' ? (e3 = '""', zi += 2) : (e3 = s, ec === 0 && ac(Ps)), e3 !== s && (Zi = t3, e3 = '""'), (t3 = e3) === s && (t3 = zi, r2.substr(zi, 2) === "``" ? (e3 = "``", zi += 2) : (e3 = s, ec === 0 && ac(Gs)), e3 !== s && (Zi = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function qf() {
          var r3, t3, e3;
          return r3 = zi, (t3 = (function() {
            var r4, t4, e4, n2;
            return r4 = zi, (t4 = Vf()) !== s && (e4 = Xf()) !== s && (n2 = Kf()) !== s ? (Zi = r4, r4 = t4 = { type: "bigint", value: t4 + e4 + n2 }) : (zi = r4, r4 = s), r4 === s && (r4 = zi, (t4 = Vf()) !== s && (e4 = Xf()) !== s ? (Zi = r4, t4 = (function(r5, t5) {
              let e5 = r5 + t5;
              if (bv(r5)) return { type: "bigint", value: e5 };
              let n3 = t5.length >= 1 ? t5.length - 1 : 0;
              return parseFloat(e5).toFixed(n3);
            })(t4, e4), r4 = t4) : (zi = r4, r4 = s), r4 === s && (r4 = zi, (t4 = Vf()) !== s && (e4 = Kf()) !== s ? (Zi = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (zi = r4, r4 = s), r4 === s && (r4 = zi, (t4 = Vf()) !== s && (Zi = r4, t4 = (function(r5) {
              return bv(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4))), r4;
          })()) !== s && (Zi = r3, t3 = (e3 = t3) && e3.type === "bigint" ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Vf() {
          var t3, e3, n2;
          return (t3 = Qf()) === s && (t3 = zf()) === s && (t3 = zi, r2.charCodeAt(zi) === 45 ? (e3 = "-", zi++) : (e3 = s, ec === 0 && ac(jn)), e3 === s && (r2.charCodeAt(zi) === 43 ? (e3 = "+", zi++) : (e3 = s, ec === 0 && ac(Rn))), e3 !== s && (n2 = Qf()) !== s ? (Zi = t3, t3 = e3 = e3 + n2) : (zi = t3, t3 = s), t3 === s && (t3 = zi, r2.charCodeAt(zi) === 45 ? (e3 = "-", zi++) : (e3 = s, ec === 0 && ac(jn)), e3 === s && (r2.charCodeAt(zi) === 43 ? (e3 = "+", zi++) : (e3 = s, ec === 0 && ac(Rn))), e3 !== s && (n2 = zf()) !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (zi = t3, t3 = s))), t3;
        }
        function Xf() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.charCodeAt(zi) === 46 ? (e3 = ".", zi++) : (e3 = s, ec === 0 && ac(Ys)), e3 !== s ? ((n2 = Qf()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (o2 = n2) ? "." + o2 : "") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Kf() {
          var t3, e3, n2;
          return t3 = zi, (e3 = (function() {
            var t4, e4, n3;
            t4 = zi, Ws.test(r2.charAt(zi)) ? (e4 = r2.charAt(zi), zi++) : (e4 = s, ec === 0 && ac(qs)), e4 !== s ? (Vs.test(r2.charAt(zi)) ? (n3 = r2.charAt(zi), zi++) : (n3 = s, ec === 0 && ac(Xs)), n3 === s && (n3 = null), n3 !== s ? (Zi = t4, t4 = e4 = e4 + ((o2 = n3) !== null ? o2 : "")) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            var o2;
            return t4;
          })()) !== s && (n2 = Qf()) !== s ? (Zi = t3, t3 = e3 = e3 + n2) : (zi = t3, t3 = s), t3;
        }
        function Qf() {
          var r3, t3, e3;
          if (r3 = zi, t3 = [], (e3 = zf()) !== s) for (; e3 !== s; ) t3.push(e3), e3 = zf();
          else t3 = s;
          return t3 !== s && (Zi = r3, t3 = t3.join("")), r3 = t3;
        }
        function zf() {
          var t3;
          return We.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(qe)), t3;
        }
        function Zf() {
          var t3;
          return Bs.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac($s)), t3;
        }
        function Jf() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "default" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(k)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function rb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "to" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(Zs)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function tb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "show" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(ru)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function eb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "drop" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Dr)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DROP") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function nb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "alter" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(eu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ob() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "select" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(nu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function sb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "update" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ou)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ub() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "create" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(su)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ab() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "temporary" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(uu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ib() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "delete" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(au)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function cb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "insert" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(iu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function lb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "replace" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(lu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function fb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "rename" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(fu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function bb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "ignore" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(bu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function pb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "partition" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(vu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "PARTITION") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function vb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "into" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Re)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function db() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "from" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(du)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function yb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "set" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(ft)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "SET") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function wb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "as" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(L)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Lb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "table" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(je)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "TABLE") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function hb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "trigger" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(yu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "TRIGGER") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Cb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "tables" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(wu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "TABLES") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function mb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "database" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(Lu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DATABASE") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Eb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "schema" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(hu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "SCHEMA") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ab() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "on" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(Cu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Tb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "join" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Iu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function _b() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "outer" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(Su)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function gb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "values" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(xu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ib() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "using" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(ku)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Sb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "with" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(v)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Nb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "go" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(Du)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "GO") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ob() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "by" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(d)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Rb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "asc" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Yu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "ASC") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function jb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "desc" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Bu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DESC") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function xb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "all" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Wu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "ALL") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function kb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "distinct" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(qu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DISTINCT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ub() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "between" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Vu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "BETWEEN") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Db() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "in" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(Ve)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "IN") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Mb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "is" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(Xu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "IS") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Pb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "like" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Ku)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "LIKE") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Gb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "exists" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(Zu)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "EXISTS") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Fb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "not" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Zr)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "NOT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Hb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "and" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Ju)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "AND") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Yb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 2).toLowerCase() === "or" ? (e3 = r2.substr(zi, 2), zi += 2) : (e3 = s, ec === 0 && ac(ra)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "OR") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Bb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "extract" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(aa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "EXTRACT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function $b() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "case" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(ca)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Wb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "end" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(pa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function qb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "cast" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(va)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "CAST") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Vb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "bit" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(ya)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "BIT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Xb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "numeric" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(ha)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "NUMERIC") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Kb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "decimal" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Ca)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DECIMAL") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Qb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "int" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(Aa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "INT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function zb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "integer" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(_a)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "INTEGER") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Zb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "smallint" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(Ia)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "SMALLINT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Jb() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "mediumint" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(Sa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "MEDIUMINT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function rp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "tinyint" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Na)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "TINYINT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function tp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "bigint" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ka)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "BIGINT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ep() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "float" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(Da)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "FLOAT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function np() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "double" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(Ma)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DOUBLE") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function op() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "date" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Po)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DATE") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function sp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "datetime" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(Pa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "DATETIME") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function up() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "rows" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(xe)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "ROWS") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ap() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "time" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(rs)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "TIME") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function ip() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 9).toLowerCase() === "timestamp" ? (e3 = r2.substr(zi, 9), zi += 9) : (e3 = s, ec === 0 && ac(Ga)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "TIMESTAMP") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function cp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "user" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Fa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "USER") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function lp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "vector" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(Ha)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "VECTOR") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function fp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "interval" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(Ba)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "INTERVAL") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function bp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 17).toLowerCase() === "current_timestamp" ? (e3 = r2.substr(zi, 17), zi += 17) : (e3 = s, ec === 0 && ac(qa)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function pp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 12).toLowerCase() === "current_user" ? (e3 = r2.substr(zi, 12), zi += 12) : (e3 = s, ec === 0 && ac(Va)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "CURRENT_USER") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function vp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 4).toLowerCase() === "view" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(ke)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "VIEW") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function dp() {
          var t3;
          return r2.charCodeAt(zi) === 64 ? (t3 = "@", zi++) : (t3 = s, ec === 0 && ac(lr)), t3;
        }
        function yp() {
          var t3;
          return (t3 = (function() {
            var t4;
            return r2.substr(zi, 2) === "@@" ? (t4 = "@@", zi += 2) : (t4 = s, ec === 0 && ac(ii)), t4;
          })()) === s && (t3 = dp()) === s && (t3 = (function() {
            var t4;
            return r2.charCodeAt(zi) === 36 ? (t4 = "$", zi++) : (t4 = s, ec === 0 && ac(ci)), t4;
          })()), t3;
        }
        function wp() {
          var t3;
          return r2.substr(zi, 2) === ":=" ? (t3 = ":=", zi += 2) : (t3 = s, ec === 0 && ac(fi)), t3;
        }
        function Lp() {
          var t3;
          return r2.charCodeAt(zi) === 61 ? (t3 = "=", zi++) : (t3 = s, ec === 0 && ac(Cn)), t3;
        }
        function hp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "add" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(pi)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "ADD") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Cp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "column" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(vi)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "COLUMN") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function mp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 5).toLowerCase() === "index" ? (e3 = r2.substr(zi, 5), zi += 5) : (e3 = s, ec === 0 && ac(It)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "INDEX") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ep() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 3).toLowerCase() === "key" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(ir)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "KEY") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ap() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 8).toLowerCase() === "fulltext" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(yi)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "FULLTEXT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Tp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "spatial" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(wi)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "SPATIAL") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function _p() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 6).toLowerCase() === "unique" ? (e3 = r2.substr(zi, 6), zi += 6) : (e3 = s, ec === 0 && ac(ar)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "UNIQUE") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function gp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 7).toLowerCase() === "comment" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Li)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "COMMENT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Ip() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 10).toLowerCase() === "constraint" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(Qr)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "CONSTRAINT") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Sp() {
          var t3, e3, n2, o2;
          return t3 = zi, r2.substr(zi, 10).toLowerCase() === "references" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(hi)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t3, t3 = e3 = "REFERENCES") : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function Np() {
          var t3;
          return r2.charCodeAt(zi) === 46 ? (t3 = ".", zi++) : (t3 = s, ec === 0 && ac(Ys)), t3;
        }
        function Op() {
          var t3;
          return r2.charCodeAt(zi) === 44 ? (t3 = ",", zi++) : (t3 = s, ec === 0 && ac(gi)), t3;
        }
        function Rp() {
          var t3;
          return r2.charCodeAt(zi) === 42 ? (t3 = "*", zi++) : (t3 = s, ec === 0 && ac(xn)), t3;
        }
        function jp() {
          var t3;
          return r2.charCodeAt(zi) === 40 ? (t3 = "(", zi++) : (t3 = s, ec === 0 && ac(Be)), t3;
        }
        function xp() {
          var t3;
          return r2.charCodeAt(zi) === 41 ? (t3 = ")", zi++) : (t3 = s, ec === 0 && ac($e)), t3;
        }
        function kp() {
          var t3;
          return r2.charCodeAt(zi) === 59 ? (t3 = ";", zi++) : (t3 = s, ec === 0 && ac(Ni)), t3;
        }
        function Up() {
          var t3;
          return r2.substr(zi, 2) === "->" ? (t3 = "->", zi += 2) : (t3 = s, ec === 0 && ac(Oi)), t3;
        }
        function Dp() {
          var t3;
          return r2.substr(zi, 3) === "->>" ? (t3 = "->>", zi += 3) : (t3 = s, ec === 0 && ac(Ri)), t3;
        }
        function Mp() {
          var t3;
          return (t3 = (function() {
            var t4;
            return r2.substr(zi, 2) === "||" ? (t4 = "||", zi += 2) : (t4 = s, ec === 0 && ac(Dn)), t4;
          })()) === s && (t3 = (function() {
            var t4;
            return r2.substr(zi, 2) === "&&" ? (t4 = "&&", zi += 2) : (t4 = s, ec === 0 && ac(ji)), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            return t4 = zi, r2.substr(zi, 3).toLowerCase() === "xor" ? (e3 = r2.substr(zi, 3), zi += 3) : (e3 = s, ec === 0 && ac(xi)), e3 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t4, t4 = e3 = "XOR") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()), t3;
        }
        function Pp() {
          var r3, t3;
          for (r3 = [], (t3 = Bp()) === s && (t3 = Fp()); t3 !== s; ) r3.push(t3), (t3 = Bp()) === s && (t3 = Fp());
          return r3;
        }
        function Gp() {
          var r3, t3;
          if (r3 = [], (t3 = Bp()) === s && (t3 = Fp()), t3 !== s) for (; t3 !== s; ) r3.push(t3), (t3 = Bp()) === s && (t3 = Fp());
          else r3 = s;
          return r3;
        }
        function Fp() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            if (t4 = zi, r2.substr(zi, 2) === "/*" ? (e3 = "/*", zi += 2) : (e3 = s, ec === 0 && ac(ki)), e3 !== s) {
              for (n2 = [], o2 = zi, u2 = zi, ec++, r2.substr(zi, 2) === "*/" ? (a2 = "*/", zi += 2) : (a2 = s, ec === 0 && ac(Ui)), ec--, a2 === s ? u2 = void 0 : (zi = u2, u2 = s), u2 !== s && (a2 = Yp()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = zi, u2 = zi, ec++, r2.substr(zi, 2) === "*/" ? (a2 = "*/", zi += 2) : (a2 = s, ec === 0 && ac(Ui)), ec--, a2 === s ? u2 = void 0 : (zi = u2, u2 = s), u2 !== s && (a2 = Yp()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s);
              n2 !== s ? (r2.substr(zi, 2) === "*/" ? (o2 = "*/", zi += 2) : (o2 = s, ec === 0 && ac(Ui)), o2 !== s ? t4 = e3 = [e3, n2, o2] : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            if (t4 = zi, r2.substr(zi, 2) === "--" ? (e3 = "--", zi += 2) : (e3 = s, ec === 0 && ac(Di)), e3 !== s) {
              for (n2 = [], o2 = zi, u2 = zi, ec++, a2 = $p(), ec--, a2 === s ? u2 = void 0 : (zi = u2, u2 = s), u2 !== s && (a2 = Yp()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = zi, u2 = zi, ec++, a2 = $p(), ec--, a2 === s ? u2 = void 0 : (zi = u2, u2 = s), u2 !== s && (a2 = Yp()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s);
              n2 !== s ? t4 = e3 = [e3, n2] : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            if (t4 = zi, r2.charCodeAt(zi) === 35 ? (e3 = "#", zi++) : (e3 = s, ec === 0 && ac(Mi)), e3 !== s) {
              for (n2 = [], o2 = zi, u2 = zi, ec++, a2 = $p(), ec--, a2 === s ? u2 = void 0 : (zi = u2, u2 = s), u2 !== s && (a2 = Yp()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = zi, u2 = zi, ec++, a2 = $p(), ec--, a2 === s ? u2 = void 0 : (zi = u2, u2 = s), u2 !== s && (a2 = Yp()) !== s ? o2 = u2 = [u2, a2] : (zi = o2, o2 = s);
              n2 !== s ? t4 = e3 = [e3, n2] : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            return t4;
          })()), t3;
        }
        function Hp() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = zi, (t3 = gp()) !== s && Pp() !== s ? ((e3 = Lp()) === s && (e3 = null), e3 !== s && Pp() !== s && (n2 = Yf()) !== s ? (Zi = r3, u2 = e3, a2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: u2, value: a2 }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Yp() {
          var t3;
          return r2.length > zi ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(Pi)), t3;
        }
        function Bp() {
          var t3;
          return Gi.test(r2.charAt(zi)) ? (t3 = r2.charAt(zi), zi++) : (t3 = s, ec === 0 && ac(Fi)), t3;
        }
        function $p() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            return t4 = zi, ec++, r2.length > zi ? (e4 = r2.charAt(zi), zi++) : (e4 = s, ec === 0 && ac(Pi)), ec--, e4 === s ? t4 = void 0 : (zi = t4, t4 = s), t4;
          })()) === s) if (t3 = [], Fs.test(r2.charAt(zi)) ? (e3 = r2.charAt(zi), zi++) : (e3 = s, ec === 0 && ac(Hs)), e3 !== s) for (; e3 !== s; ) t3.push(e3), Fs.test(r2.charAt(zi)) ? (e3 = r2.charAt(zi), zi++) : (e3 = s, ec === 0 && ac(Hs));
          else t3 = s;
          return t3;
        }
        function Wp() {
          var t3, e3;
          return t3 = zi, Zi = zi, Lv = [], s !== void 0 && Pp() !== s ? ((e3 = qp()) === s && (e3 = (function() {
            var t4, e4;
            return t4 = zi, (function() {
              var t5;
              return r2.substr(zi, 6).toLowerCase() === "return" ? (t5 = r2.substr(zi, 6), zi += 6) : (t5 = s, ec === 0 && ac(li)), t5;
            })() !== s && Pp() !== s && (e4 = (function() {
              var t5;
              return (t5 = zc()) === s && (t5 = (function() {
                var r3, t6, e5, n2, o2;
                return r3 = zi, (t6 = rv()) !== s && Pp() !== s && (e5 = hl()) !== s && Pp() !== s && (n2 = rv()) !== s && Pp() !== s && (o2 = ml()) !== s ? (Zi = r3, r3 = t6 = { type: "join", ltable: t6, rtable: n2, op: e5, on: o2 }) : (zi = r3, r3 = s), r3;
              })()) === s && (t5 = Vp()) === s && (t5 = (function() {
                var t6, e5;
                return t6 = zi, (function() {
                  var t7;
                  return r2.charCodeAt(zi) === 91 ? (t7 = "[", zi++) : (t7 = s, ec === 0 && ac(Ii)), t7;
                })() !== s && Pp() !== s && (e5 = Jp()) !== s && Pp() !== s && (function() {
                  var t7;
                  return r2.charCodeAt(zi) === 93 ? (t7 = "]", zi++) : (t7 = s, ec === 0 && ac(Si)), t7;
                })() !== s ? (Zi = t6, t6 = { type: "array", value: e5 }) : (zi = t6, t6 = s), t6;
              })()), t5;
            })()) !== s ? (Zi = t4, t4 = { type: "return", expr: e4 }) : (zi = t4, t4 = s), t4;
          })()), e3 !== s ? (Zi = t3, t3 = { stmt: e3, vars: Lv }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function qp() {
          var r3, t3, e3, n2;
          return r3 = zi, (t3 = rv()) === s && (t3 = tv()), t3 !== s && Pp() !== s ? ((e3 = wp()) === s && (e3 = Lp()), e3 !== s && Pp() !== s && (n2 = Yl()) !== s ? (Zi = r3, r3 = t3 = Hi(t3, e3, n2)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Vp() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Xp()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Jl()) !== s && (a2 = Pp()) !== s && (i2 = Xp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Jl()) !== s && (a2 = Pp()) !== s && (i2 = Xp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = En(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Xp() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Kp()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = tf()) !== s && (a2 = Pp()) !== s && (i2 = Kp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = tf()) !== s && (a2 = Pp()) !== s && (i2 = Kp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = En(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function Kp() {
          var r3, t3, e3;
          return (r3 = zp()) === s && (r3 = Ff()) === s && (r3 = rv()) === s && (r3 = of()) === s && (r3 = Zp()) === s && (r3 = Af()) === s && (r3 = zi, jp() !== s && Pp() !== s && (t3 = Vp()) !== s && Pp() !== s && xp() !== s ? (Zi = r3, (e3 = t3).parentheses = !0, r3 = e3) : (zi = r3, r3 = s)), r3;
        }
        function Qp() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = zi, (t3 = uf()) === s && (t3 = df()), t3 !== s ? (e3 = zi, (n2 = Pp()) !== s && (o2 = Np()) !== s && (u2 = Pp()) !== s ? ((a2 = uf()) === s && (a2 = df()), a2 !== s ? e3 = n2 = [n2, o2, u2, a2] : (zi = e3, e3 = s)) : (zi = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Zi = r3, r3 = t3 = (function(r4, t4) {
            let e4 = { name: [r4] };
            return t4 !== null && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function zp() {
          var r3, t3, e3;
          return r3 = zi, (t3 = Qp()) !== s && Pp() !== s && jp() !== s && Pp() !== s ? ((e3 = Jp()) === s && (e3 = null), e3 !== s && Pp() !== s && xp() !== s ? (Zi = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...cv() }) : (zi = r3, r3 = s)) : (zi = r3, r3 = s), r3;
        }
        function Zp() {
          var r3, t3;
          return r3 = zi, (t3 = Qp()) !== s && (Zi = r3, t3 = { type: "function", name: t3, args: null, ...cv() }), r3 = t3;
        }
        function Jp() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = zi, (t3 = Kp()) !== s) {
            for (e3 = [], n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Kp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = zi, (o2 = Pp()) !== s && (u2 = Op()) !== s && (a2 = Pp()) !== s && (i2 = Kp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (zi = n2, n2 = s);
            e3 !== s ? (Zi = r3, r3 = t3 = sr(t3, e3)) : (zi = r3, r3 = s);
          } else zi = r3, r3 = s;
          return r3;
        }
        function rv() {
          var r3, t3, e3, n2, o2;
          return r3 = zi, (t3 = yp()) !== s && (e3 = tv()) !== s ? (Zi = r3, n2 = t3, o2 = e3, r3 = t3 = { type: "var", ...o2, prefix: n2 }) : (zi = r3, r3 = s), r3;
        }
        function tv() {
          var t3, e3, n2, o2, u2;
          return t3 = zi, (e3 = hf()) !== s && (n2 = (function() {
            var t4, e4, n3, o3, u3;
            for (t4 = zi, e4 = [], n3 = zi, r2.charCodeAt(zi) === 46 ? (o3 = ".", zi++) : (o3 = s, ec === 0 && ac(Ys)), o3 !== s && (u3 = hf()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = zi, r2.charCodeAt(zi) === 46 ? (o3 = ".", zi++) : (o3 = s, ec === 0 && ac(Ys)), o3 !== s && (u3 = hf()) !== s ? n3 = o3 = [o3, u3] : (zi = n3, n3 = s);
            return e4 !== s && (Zi = t4, e4 = (function(r3) {
              let t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4)), t4 = e4;
          })()) !== s ? (Zi = t3, o2 = e3, u2 = n2, Lv.push(o2), t3 = e3 = { type: "var", name: o2, members: u2, prefix: null }) : (zi = t3, t3 = s), t3 === s && (t3 = zi, (e3 = qf()) !== s && (Zi = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function ev() {
          var t3;
          return (t3 = ov()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2, p2;
            if (t4 = zi, (e3 = Xb()) === s && (e3 = Kb()) === s && (e3 = Qb()) === s && (e3 = zb()) === s && (e3 = Zb()) === s && (e3 = Jb()) === s && (e3 = rp()) === s && (e3 = tp()) === s && (e3 = ep()) === s && (e3 = np()) === s && (e3 = Vb()), e3 !== s) if ((n2 = Pp()) !== s) if ((o2 = jp()) !== s) if ((u2 = Pp()) !== s) {
              if (a2 = [], We.test(r2.charAt(zi)) ? (i2 = r2.charAt(zi), zi++) : (i2 = s, ec === 0 && ac(qe)), i2 !== s) for (; i2 !== s; ) a2.push(i2), We.test(r2.charAt(zi)) ? (i2 = r2.charAt(zi), zi++) : (i2 = s, ec === 0 && ac(qe));
              else a2 = s;
              if (a2 !== s) if ((i2 = Pp()) !== s) {
                if (c2 = zi, (l2 = Op()) !== s) if ((f2 = Pp()) !== s) {
                  if (b2 = [], We.test(r2.charAt(zi)) ? (p2 = r2.charAt(zi), zi++) : (p2 = s, ec === 0 && ac(qe)), p2 !== s) for (; p2 !== s; ) b2.push(p2), We.test(r2.charAt(zi)) ? (p2 = r2.charAt(zi), zi++) : (p2 = s, ec === 0 && ac(qe));
                  else b2 = s;
                  b2 !== s ? c2 = l2 = [l2, f2, b2] : (zi = c2, c2 = s);
                } else zi = c2, c2 = s;
                else zi = c2, c2 = s;
                c2 === s && (c2 = null), c2 !== s && (l2 = Pp()) !== s && (f2 = xp()) !== s && (b2 = Pp()) !== s ? ((p2 = sv()) === s && (p2 = null), p2 !== s ? (Zi = t4, v2 = c2, d2 = p2, e3 = { dataType: e3, length: parseInt(a2.join(""), 10), scale: v2 && parseInt(v2[2].join(""), 10), parentheses: !0, suffix: d2 }, t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
              } else zi = t4, t4 = s;
              else zi = t4, t4 = s;
            } else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            var v2, d2;
            if (t4 === s) {
              if (t4 = zi, (e3 = Xb()) === s && (e3 = Kb()) === s && (e3 = Qb()) === s && (e3 = zb()) === s && (e3 = Zb()) === s && (e3 = Jb()) === s && (e3 = rp()) === s && (e3 = tp()) === s && (e3 = ep()) === s && (e3 = np()) === s && (e3 = Vb()), e3 !== s) {
                if (n2 = [], We.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(qe)), o2 !== s) for (; o2 !== s; ) n2.push(o2), We.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(qe));
                else n2 = s;
                n2 !== s && (o2 = Pp()) !== s ? ((u2 = sv()) === s && (u2 = null), u2 !== s ? (Zi = t4, e3 = (function(r3, t5, e4) {
                  return { dataType: r3, length: parseInt(t5.join(""), 10), suffix: e4 };
                })(e3, n2, u2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s);
              } else zi = t4, t4 = s;
              t4 === s && (t4 = zi, (e3 = Xb()) === s && (e3 = Kb()) === s && (e3 = Qb()) === s && (e3 = zb()) === s && (e3 = Zb()) === s && (e3 = Jb()) === s && (e3 = rp()) === s && (e3 = tp()) === s && (e3 = ep()) === s && (e3 = np()) === s && (e3 = Vb()), e3 !== s && (n2 = Pp()) !== s ? ((o2 = sv()) === s && (o2 = null), o2 !== s && (u2 = Pp()) !== s ? (Zi = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
                return { dataType: r3, suffix: t5 };
              })(e3, o2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s));
            }
            return t4;
          })()) === s && (t3 = uv()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = zi, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "json" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(ga)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "JSON") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) !== s && (Zi = t4, e3 = { dataType: e3 }), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = zi, (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "tinytext" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(Oa)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "TINYTEXT") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "text" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Ra)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "TEXT") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 10).toLowerCase() === "mediumtext" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(ja)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "MEDIUMTEXT") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "longtext" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(xa)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "LONGTEXT") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), e3 !== s ? ((n2 = nv()) === s && (n2 = null), n2 !== s ? (Zi = t4, e3 = Vi(e3, n2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = zi, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = zi, r2.substr(zi, 4).toLowerCase() === "enum" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(Ua)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "ENUM") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = yb()), e3 !== s && Pp() !== s && (n2 = Dl()) !== s ? (Zi = t4, o2 = e3, (u2 = n2).parentheses = !0, t4 = e3 = { dataType: o2, expr: u2 }) : (zi = t4, t4 = s);
            var o2, u2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = zi, r2.substr(zi, 7).toLowerCase() === "boolean" ? (e3 = r2.substr(zi, 7), zi += 7) : (e3 = s, ec === 0 && ac(Yi)), e3 !== s && (Zi = t4, e3 = { dataType: "BOOLEAN" }), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = zi, (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 6).toLowerCase() === "binary" ? (e4 = r2.substr(zi, 6), zi += 6) : (e4 = s, ec === 0 && ac(Bt)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "BINARY") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = zi, r2.substr(zi, 9).toLowerCase() === "varbinary" ? (e4 = r2.substr(zi, 9), zi += 9) : (e4 = s, ec === 0 && ac(da)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t5, t5 = e4 = "VARBINARY") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), e3 !== s && Pp() !== s ? ((n2 = nv()) === s && (n2 = null), n2 !== s ? (Zi = t4, e3 = Vi(e3, n2), t4 = e3) : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "blob" ? (e3 = r2.substr(zi, 4), zi += 4) : (e3 = s, ec === 0 && ac(Bi)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "tinyblob" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac($i)), e3 === s && (r2.substr(zi, 10).toLowerCase() === "mediumblob" ? (e3 = r2.substr(zi, 10), zi += 10) : (e3 = s, ec === 0 && ac(Wi)), e3 === s && (r2.substr(zi, 8).toLowerCase() === "longblob" ? (e3 = r2.substr(zi, 8), zi += 8) : (e3 = s, ec === 0 && ac(qi))))), e3 !== s && (Zi = t4, e3 = { dataType: e3.toUpperCase() }), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = zi, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 8).toLowerCase() === "geometry" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(ri)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "GEOMETRY") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 5).toLowerCase() === "point" ? (e4 = r2.substr(zi, 5), zi += 5) : (e4 = s, ec === 0 && ac(ti)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "POINT") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 10).toLowerCase() === "linestring" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(ei)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "LINESTRING") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 7).toLowerCase() === "polygon" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(ni)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "POLYGON") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 10).toLowerCase() === "multipoint" ? (e4 = r2.substr(zi, 10), zi += 10) : (e4 = s, ec === 0 && ac(oi)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "MULTIPOINT") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 15).toLowerCase() === "multilinestring" ? (e4 = r2.substr(zi, 15), zi += 15) : (e4 = s, ec === 0 && ac(si)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "MULTILINESTRING") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 12).toLowerCase() === "multipolygon" ? (e4 = r2.substr(zi, 12), zi += 12) : (e4 = s, ec === 0 && ac(ui)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "MULTIPOLYGON") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = zi, r2.substr(zi, 18).toLowerCase() === "geometrycollection" ? (e4 = r2.substr(zi, 18), zi += 18) : (e4 = s, ec === 0 && ac(ai)), e4 !== s ? (n2 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n2 = void 0 : (zi = n2, n2 = s), n2 !== s ? (Zi = t5, t5 = e4 = "GEOMETRYCOLLECTION") : (zi = t5, t5 = s)) : (zi = t5, t5 = s), t5;
            })()), e3 !== s && (Zi = t4, e3 = { dataType: e3 }), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            if (t4 = zi, (e3 = lp()) !== s) if (Pp() !== s) if (jp() !== s) if (Pp() !== s) {
              if (n2 = [], We.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(qe)), o2 !== s) for (; o2 !== s; ) n2.push(o2), We.test(r2.charAt(zi)) ? (o2 = r2.charAt(zi), zi++) : (o2 = s, ec === 0 && ac(qe));
              else n2 = s;
              n2 !== s && (o2 = Pp()) !== s && xp() !== s ? (Zi = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: !0 }, t4 = e3) : (zi = t4, t4 = s);
            } else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            else zi = t4, t4 = s;
            return t4 === s && (t4 = zi, (e3 = lp()) !== s && (Zi = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { dataType: r3 };
            })(e3)), t4 = e3), t4;
          })()), t3;
        }
        function nv() {
          var t3, e3, n2, o2, u2;
          if (t3 = zi, jp() !== s) if (Pp() !== s) {
            if (e3 = [], We.test(r2.charAt(zi)) ? (n2 = r2.charAt(zi), zi++) : (n2 = s, ec === 0 && ac(qe)), n2 !== s) for (; n2 !== s; ) e3.push(n2), We.test(r2.charAt(zi)) ? (n2 = r2.charAt(zi), zi++) : (n2 = s, ec === 0 && ac(qe));
            else e3 = s;
            e3 !== s && (n2 = Pp()) !== s && xp() !== s && Pp() !== s ? ((o2 = sv()) === s && (o2 = null), o2 !== s ? (Zi = t3, u2 = o2, t3 = { length: parseInt(e3.join(""), 10), parentheses: !0, suffix: u2 }) : (zi = t3, t3 = s)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          else zi = t3, t3 = s;
          return t3;
        }
        function ov() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2;
          if (t3 = zi, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "char" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(wa)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "CHAR") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 7).toLowerCase() === "varchar" ? (e4 = r2.substr(zi, 7), zi += 7) : (e4 = s, ec === 0 && ac(La)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "VARCHAR") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()), e3 !== s) {
            if (n2 = zi, (o2 = Pp()) !== s) if ((u2 = jp()) !== s) if ((a2 = Pp()) !== s) {
              if (i2 = [], We.test(r2.charAt(zi)) ? (c2 = r2.charAt(zi), zi++) : (c2 = s, ec === 0 && ac(qe)), c2 !== s) for (; c2 !== s; ) i2.push(c2), We.test(r2.charAt(zi)) ? (c2 = r2.charAt(zi), zi++) : (c2 = s, ec === 0 && ac(qe));
              else i2 = s;
              i2 !== s && (c2 = Pp()) !== s && (l2 = xp()) !== s && (f2 = Pp()) !== s ? (r2.substr(zi, 5).toLowerCase() === "array" ? (b2 = r2.substr(zi, 5), zi += 5) : (b2 = s, ec === 0 && ac(Xi)), b2 === s && (b2 = null), b2 !== s ? n2 = o2 = [o2, u2, a2, i2, c2, l2, f2, b2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s);
            } else zi = n2, n2 = s;
            else zi = n2, n2 = s;
            else zi = n2, n2 = s;
            n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
              let e4 = { dataType: r3 };
              return t4 && (e4.length = parseInt(t4[3].join(""), 10), e4.parentheses = !0, e4.suffix = t4[7] && ["ARRAY"]), e4;
            })(e3, n2)) : (zi = t3, t3 = s);
          } else zi = t3, t3 = s;
          return t3;
        }
        function sv() {
          var t3, e3, n2;
          return t3 = zi, (e3 = Pf()) === s && (e3 = null), e3 !== s && Pp() !== s ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = zi, r2.substr(zi, 8).toLowerCase() === "zerofill" ? (e4 = r2.substr(zi, 8), zi += 8) : (e4 = s, ec === 0 && ac(Ta)), e4 !== s ? (n3 = zi, ec++, o2 = Cf(), ec--, o2 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "ZEROFILL") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()) === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            let e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        function uv() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, b2;
          return t3 = zi, (e3 = op()) === s && (e3 = sp()) === s && (e3 = ap()) === s && (e3 = ip()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = zi, r2.substr(zi, 4).toLowerCase() === "year" ? (e4 = r2.substr(zi, 4), zi += 4) : (e4 = s, ec === 0 && ac(ns)), e4 !== s ? (n3 = zi, ec++, o3 = Cf(), ec--, o3 === s ? n3 = void 0 : (zi = n3, n3 = s), n3 !== s ? (Zi = t4, t4 = e4 = "YEAR") : (zi = t4, t4 = s)) : (zi = t4, t4 = s), t4;
          })()), e3 !== s ? (n2 = zi, (o2 = Pp()) !== s && (u2 = jp()) !== s && (a2 = Pp()) !== s ? (Ki.test(r2.charAt(zi)) ? (i2 = r2.charAt(zi), zi++) : (i2 = s, ec === 0 && ac(Qi)), i2 !== s && (c2 = Pp()) !== s && (l2 = xp()) !== s && (f2 = Pp()) !== s ? ((b2 = sv()) === s && (b2 = null), b2 !== s ? n2 = o2 = [o2, u2, a2, i2, c2, l2, f2, b2] : (zi = n2, n2 = s)) : (zi = n2, n2 = s)) : (zi = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Zi = t3, t3 = e3 = (function(r3, t4) {
            let e4 = { dataType: r3 };
            return t4 && (e4.length = parseInt(t4[3], 10), e4.parentheses = !0, e4.suffix = t4[7]), e4;
          })(e3, n2)) : (zi = t3, t3 = s)) : (zi = t3, t3 = s), t3;
        }
        let av = { ALTER: !0, ALL: !0, ADD: !0, AND: !0, AS: !0, ASC: !0, ANALYZE: !0, ACCESSIBLE: !0, BEFORE: !0, BETWEEN: !0, BIGINT: !0, BLOB: !0, BOTH: !0, BY: !0, BOOLEAN: !0, CALL: !0, CASCADE: !0, CASE: !0, CHAR: !0, CHECK: !0, COLLATE: !0, CONDITION: !0, CONSTRAINT: !0, CONTINUE: !0, CONVERT: !0, CREATE: !0, CROSS: !0, CURRENT_DATE: !0, CURRENT_TIME: !0, CURRENT_TIMESTAMP: !0, CURRENT_USER: !0, CURSOR: !0, DATABASE: !0, DATABASES: !0, DAY_HOUR: !0, DAY_MICROSECOND: !0, DAY_MINUTE: !0, DAY_SECOND: !0, DEC: !0, DECIMAL: !0, DECLARE: !0, DEFAULT: !0, DELAYED: !0, DELETE: !0, DESC: !0, DESCRIBE: !0, DETERMINISTIC: !0, DISTINCT: !0, DISTINCTROW: !0, DIV: !0, DROP: !0, DOUBLE: !0, DUAL: !0, ELSE: !0, EACH: !0, ELSEIF: !0, ENCLOSED: !0, ESCAPED: !0, EXCEPT: !0, EXISTS: !0, EXIT: !0, EXPLAIN: !0, FALSE: !0, FULL: !0, FROM: !0, FETCH: !0, FLOAT: !0, FLOAT4: !0, FLOAT8: !0, FOR: !0, FORCE: !0, FOREIGN: !0, FULLTEXT: !0, FUNCTION: !0, GENERATED: !0, GET: !0, GO: !0, GRANT: !0, GROUP: !0, GROUPING: !0, GROUPS: !0, HAVING: !0, HIGH_PRIORITY: !0, HOUR_MICROSECOND: !0, HOUR_MINUTE: !0, HOUR_SECOND: !0, IGNORE: !0, IN: !0, INNER: !0, INFILE: !0, INOUT: !0, INSENSITIVE: !0, INSERT: !0, INTERSECT: !0, INT: !0, INT1: !0, INT2: !0, INT3: !0, INT4: !0, INT8: !0, INTEGER: !0, INTERVAL: !0, INTO: !0, IO_AFTER_GTIDS: !0, IO_BEFORE_GTIDS: !0, IS: !0, ITERATE: !0, JOIN: !0, JSON_TABLE: !0, KEY: !0, KEYS: !0, KILL: !0, LAG: !0, LAST_VALUE: !0, LATERAL: !0, LEAD: !0, LEADING: !0, LEAVE: !0, LEFT: !0, LIKE: !0, LIMIT: !0, LINEAR: !0, LINES: !0, LOAD: !0, LOCALTIME: !0, LOCALTIMESTAMP: !0, LOCK: !0, LONG: !0, LONGBLOB: !0, LONGTEXT: !0, LOOP: !0, LOW_PRIORITY: !0, MASTER_BIND: !0, MATCH: !0, MAXVALUE: !0, MEDIUMBLOB: !0, MEDIUMINT: !0, MEDIUMTEXT: !0, MIDDLEINT: !0, MINUTE_MICROSECOND: !0, MINUTE_SECOND: !0, MINUS: !0, MOD: !0, MODIFIES: !0, NATURAL: !0, NOT: !0, NO_WRITE_TO_BINLOG: !0, NTH_VALUE: !0, NTILE: !0, NULL: !0, NUMERIC: !0, OF: !0, ON: !0, OPTIMIZE: !0, OPTIMIZER_COSTS: !0, OPTION: !0, OPTIONALLY: !0, OR: !0, ORDER: !0, OUT: !0, OUTER: !0, OUTFILE: !0, OVER: !0, PARTITION: !0, PERCENT_RANK: !0, PRECISION: !0, PRIMARY: !0, PROCEDURE: !0, PURGE: !0, RANGE: !0, RANK: !0, READ: !0, READS: !0, READ_WRITE: !0, REAL: !0, RECURSIVE: !0, REFERENCES: !0, REGEXP: !0, RELEASE: !0, RENAME: !0, REPEAT: !0, REPLACE: !0, REQUIRE: !0, RESIGNAL: !0, RESTRICT: !0, RETURN: !0, REVOKE: !0, RIGHT: !0, RLIKE: !0, ROW: !0, ROWS: !0, ROW_NUMBER: !0, SCHEMA: !0, SCHEMAS: !0, SELECT: !0, SENSITIVE: !0, SEPARATOR: !0, SET: !0, SHOW: !0, SIGNAL: !0, SMALLINT: !0, SPATIAL: !0, SPECIFIC: !0, SQL: !0, SQLEXCEPTION: !0, SQLSTATE: !0, SQLWARNING: !0, SQL_BIG_RESULT: !0, SSL: !0, STARTING: !0, STORED: !0, STRAIGHT_JOIN: !0, TABLE: !0, TERMINATED: !0, THEN: !0, TINYBLOB: !0, TINYINT: !0, TINYTEXT: !0, TO: !0, TRAILING: !0, TRIGGER: !0, TRUE: !0, UNION: !0, UNIQUE: !0, UNLOCK: !0, UNSIGNED: !0, UPDATE: !0, USAGE: !0, USE: !0, USING: !0, UTC_DATE: !0, UTC_TIME: !0, UTC_TIMESTAMP: !0, VALUES: !0, VARBINARY: !0, VARCHAR: !0, VARCHARACTER: !0, VARYING: !0, VIRTUAL: !0, VECTOR: !0, WHEN: !0, WHERE: !0, WHILE: !0, WINDOW: !0, WITH: !0, WRITE: !0, XOR: !0, YEAR_MONTH: !0, ZEROFILL: !0 }, iv = { avg: !0, sum: !0, count: !0, convert: !0, max: !0, min: !0, group_concat: !0, std: !0, variance: !0, current_date: !0, current_time: !0, current_timestamp: !0, current_user: !0, user: !0, session_user: !0, system_user: !0 };
        function cv() {
          return t2.includeLocations ? { loc: uc(Zi, zi) } : {};
        }
        function lv(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function fv(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3, ...cv() };
        }
        function bv(r3) {
          let t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function pv(r3, t3, e3 = 3) {
          let n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function vv(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = fv(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function dv(r3) {
          return mv[r3] || r3 || null;
        }
        function yv(r3) {
          let t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            let r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = dv(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function wv(r3) {
          let t3 = yv(r3);
          r3.clear(), t3.forEach((t4) => r3.add(t4));
        }
        let Lv = [], hv = /* @__PURE__ */ new Set(), Cv = /* @__PURE__ */ new Set(), mv = {};
        if ((e2 = a()) !== s && zi === r2.length) return e2;
        throw e2 !== s && zi < r2.length && ac({ type: "end" }), ic(tc, rc < r2.length ? r2.charAt(rc) : null, rc < r2.length ? uc(rc, rc + 1) : uc(rc, rc));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return $t;
      })), e.d(t, "util", (function() {
        return n;
      }));
      var n = {};
      function o(r2) {
        return (o = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      e.r(n), e.d(n, "arrayStructTypeToSQL", (function() {
        return T;
      })), e.d(n, "autoIncrementToSQL", (function() {
        return N;
      })), e.d(n, "columnOrderListToSQL", (function() {
        return O;
      })), e.d(n, "commonKeywordArgsToSQL", (function() {
        return S;
      })), e.d(n, "commonOptionConnector", (function() {
        return a;
      })), e.d(n, "connector", (function() {
        return i;
      })), e.d(n, "commonTypeValue", (function() {
        return C;
      })), e.d(n, "commentToSQL", (function() {
        return _;
      })), e.d(n, "createBinaryExpr", (function() {
        return l;
      })), e.d(n, "createValueExpr", (function() {
        return c;
      })), e.d(n, "dataTypeToSQL", (function() {
        return A;
      })), e.d(n, "DEFAULT_OPT", (function() {
        return s;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return h;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return d;
      })), e.d(n, "getParserOpt", (function() {
        return b;
      })), e.d(n, "identifierToSql", (function() {
        return y;
      })), e.d(n, "onPartitionsToSQL", (function() {
        return E;
      })), e.d(n, "replaceParams", (function() {
        return m;
      })), e.d(n, "returningToSQL", (function() {
        return I;
      })), e.d(n, "hasVal", (function() {
        return L;
      })), e.d(n, "setParserOpt", (function() {
        return p;
      })), e.d(n, "toUpper", (function() {
        return w;
      })), e.d(n, "topToSQL", (function() {
        return v;
      })), e.d(n, "triggerEventToSQL", (function() {
        return g;
      }));
      var s = { database: "mysql", type: "table", trimQuery: !0, parseOptions: { includeLocations: !1 } }, u = s;
      function a(r2, t2, e2) {
        if (e2) return r2 ? "".concat(r2.toUpperCase(), " ").concat(t2(e2)) : t2(e2);
      }
      function i(r2, t2) {
        if (t2) return "".concat(r2.toUpperCase(), " ").concat(t2);
      }
      function c(r2) {
        var t2 = o(r2);
        if (Array.isArray(r2)) return { type: "expr_list", value: r2.map(c) };
        if (r2 === null) return { type: "null", value: null };
        switch (t2) {
          case "boolean":
            return { type: "bool", value: r2 };
          case "string":
            return { type: "string", value: r2 };
          case "number":
            return { type: "number", value: r2 };
          default:
            throw new Error('Cannot convert value "'.concat(t2, '" to SQL'));
        }
      }
      function l(r2, t2, e2) {
        var n2 = { operator: r2, type: "binary_expr" };
        return n2.left = t2.type ? t2 : c(t2), r2 === "BETWEEN" || r2 === "NOT BETWEEN" ? (n2.right = { type: "expr_list", value: [c(e2[0]), c(e2[1])] }, n2) : (n2.right = e2.type ? e2 : c(e2), n2);
      }
      function f(r2) {
        return r2;
      }
      function b() {
        return u;
      }
      function p(r2) {
        u = r2;
      }
      function v(r2) {
        if (r2) {
          var t2 = r2.value, e2 = r2.percent, n2 = r2.parentheses ? "(".concat(t2, ")") : t2, o2 = "TOP ".concat(n2);
          return e2 ? "".concat(o2, " ").concat(e2.toUpperCase()) : o2;
        }
      }
      function d(r2) {
        var t2 = b().database;
        if (r2) switch (t2 && t2.toLowerCase()) {
          case "athena":
          case "db2":
          case "postgresql":
          case "redshift":
          case "snowflake":
          case "noql":
          case "trino":
          case "sqlite":
            return '"'.concat(r2, '"');
          case "transactsql":
            return "[".concat(r2, "]");
          default:
            return "`".concat(r2, "`");
        }
      }
      function y(r2, t2, e2) {
        if (t2 === !0) return "'".concat(r2, "'");
        if (r2) {
          if (r2 === "*") return r2;
          if (e2 != null) return "".concat(e2).concat(r2).concat(e2);
          var n2 = b().database;
          switch (n2 && n2.toLowerCase()) {
            case "mysql":
            case "mariadb":
              return "`".concat(r2, "`");
            case "athena":
            case "postgresql":
            case "redshift":
            case "snowflake":
            case "trino":
            case "noql":
            case "sqlite":
              return '"'.concat(r2, '"');
            case "transactsql":
              return "[".concat(r2, "]");
            case "bigquery":
            case "db2":
              return r2;
            default:
              return "`".concat(r2, "`");
          }
        }
      }
      function w(r2) {
        if (r2) return r2.toUpperCase();
      }
      function L(r2) {
        return r2;
      }
      function h(r2) {
        if (r2) {
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, s2 = r2.suffix, u2 = r2.value, a2 = o(r2) === "object" ? u2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              a2 = "`".concat(u2, "`");
              break;
            case "string":
              a2 = "'".concat(u2, "'");
              break;
            case "regex_string":
              a2 = 'r"'.concat(u2, '"');
              break;
            case "hex_string":
              a2 = "X'".concat(u2, "'");
              break;
            case "full_hex_string":
              a2 = "0x".concat(u2);
              break;
            case "natural_string":
              a2 = "N'".concat(u2, "'");
              break;
            case "bit_string":
              a2 = "b'".concat(u2, "'");
              break;
            case "double_quote_string":
              a2 = '"'.concat(u2, '"');
              break;
            case "single_quote_string":
              a2 = "'".concat(u2, "'");
              break;
            case "boolean":
            case "bool":
              a2 = u2 ? "TRUE" : "FALSE";
              break;
            case "null":
              a2 = "NULL";
              break;
            case "star":
              a2 = "*";
              break;
            case "param":
              a2 = "".concat(t2 || ":").concat(u2), t2 = null;
              break;
            case "origin":
              a2 = u2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              a2 = "".concat(e2.toUpperCase(), " '").concat(u2, "'");
              break;
            case "var_string":
              a2 = "N'".concat(u2, "'");
              break;
            case "unicode_string":
              a2 = "U&'".concat(u2, "'");
          }
          var i2 = [];
          return t2 && i2.push(w(t2)), i2.push(a2), s2 && (typeof s2 == "string" && i2.push(s2), o(s2) === "object" && (s2.collate ? i2.push(pt(s2.collate)) : i2.push(h(s2)))), a2 = i2.join(" "), n2 ? "(".concat(a2, ")") : a2;
        }
      }
      function C(r2) {
        if (!r2) return [];
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value;
        return [t2.toUpperCase(), e2, typeof n2 == "string" ? n2.toUpperCase() : h(n2)].filter(L);
      }
      function m(r2, t2) {
        return (function r3(t3, e2) {
          return Object.keys(t3).filter((function(r4) {
            var e3 = t3[r4];
            return Array.isArray(e3) || o(e3) === "object" && e3 !== null;
          })).forEach((function(n2) {
            var s2 = t3[n2];
            if (o(s2) !== "object" || s2.type !== "param") return r3(s2, e2);
            if (e2[s2.value] === void 0) throw new Error("no value for parameter :".concat(s2.value, " found"));
            return t3[n2] = c(e2[s2.value]), null;
          })), t3;
        })(JSON.parse(JSON.stringify(r2)), t2);
      }
      function E(r2) {
        var t2 = r2.type, e2 = r2.partitions;
        return [w(t2), "(".concat(e2.map((function(r3) {
          if (r3.type !== "range") return h(r3);
          var t3 = r3.start, e3 = r3.end, n2 = r3.symbol;
          return "".concat(h(t3), " ").concat(w(n2), " ").concat(h(e3));
        })).join(", "), ")")].join(" ");
      }
      function A(r2) {
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, s2 = r2.scale, u2 = r2.suffix, a2 = "";
        n2 != null && (a2 = s2 ? "".concat(n2, ", ").concat(s2) : n2), o2 && (a2 = "(".concat(a2, ")")), u2 && u2.length && (a2 += " ".concat(u2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(a2);
      }
      function T(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = w(t2);
          if (o2 !== "ARRAY" && o2 !== "STRUCT") return o2;
          var s2 = e2 && e2.map((function(r3) {
            return [r3.field_name, T(r3.field_type)].filter(L).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(s2, ">") : "".concat(o2, " ").concat(s2);
        }
      }
      function _(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(h(o2)), t2.join(" ");
        }
      }
      function g(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [w(t2)];
          if (e2) {
            var o2 = e2.keyword, s2 = e2.columns;
            n2.push(w(o2), s2.map(At).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function I(r2) {
        return r2 ? ["RETURNING", r2.columns.map(Ot).filter(L).join(", ")].join(" ") : "";
      }
      function S(r2) {
        return r2 ? [w(r2.keyword), w(r2.args)] : [];
      }
      function N(r2) {
        if (r2) {
          if (typeof r2 == "string") {
            var t2 = b().database;
            return (t2 && t2.toLowerCase()) === "sqlite" ? "AUTOINCREMENT" : "AUTO_INCREMENT";
          }
          var e2 = r2.keyword, n2 = r2.seed, o2 = r2.increment, s2 = r2.parentheses, u2 = w(e2);
          return s2 && (u2 += "(".concat(h(n2), ", ").concat(h(o2), ")")), u2;
        }
      }
      function O(r2) {
        if (r2) return r2.map(It).filter(L).join(", ");
      }
      function R(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return j(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if (typeof r3 == "string") return j(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return e2 === "Object" && r3.constructor && (e2 = r3.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r3) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? j(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function j(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function x(r2) {
        if (!r2) return [];
        var t2 = r2.keyword, e2 = r2.type;
        return [t2.toUpperCase(), w(e2)];
      }
      function k(r2) {
        if (r2) {
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), s2 = [];
          switch (s2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && s2.push(n2), s2.push(h(e2));
              break;
            case "BTREE":
            case "HASH":
              s2.length = 0, s2.push.apply(s2, R(x(r2)));
              break;
            case "WITH PARSER":
              s2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              s2.shift(), s2.push(_(r2));
              break;
            case "DATA_COMPRESSION":
              s2.push(n2, w(e2.value), E(e2.on));
              break;
            default:
              s2.push(n2, h(e2));
          }
          return s2.filter(L).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(k) : [];
      }
      function D(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = n2 === void 0 ? [] : n2, s2 = r2.definition, u2 = r2.on, a2 = r2.with, i2 = [];
        if (i2.push.apply(i2, R(x(e2))), s2 && s2.length) {
          var c2 = w(t2) === "CHECK" ? "(".concat(lt(s2[0]), ")") : "(".concat(s2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), a2 && i2.push("WITH (".concat(U(a2).join(", "), ")")), u2 && i2.push("ON [".concat(u2, "]")), i2;
      }
      function M(r2) {
        var t2 = r2.operator || r2.op, e2 = lt(r2.right), n2 = !1;
        if (Array.isArray(e2)) {
          switch (t2) {
            case "=":
              t2 = "IN";
              break;
            case "!=":
              t2 = "NOT IN";
              break;
            case "BETWEEN":
            case "NOT BETWEEN":
              n2 = !0, e2 = "".concat(e2[0], " AND ").concat(e2[1]);
          }
          n2 || (e2 = "(".concat(e2.join(", "), ")"));
        }
        var o2 = r2.right.escape || {}, s2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), u2 = pt(r2.collate), a2 = [s2, t2, e2, w(o2.type), lt(o2.value)].filter(L).join(t2 === "." ? "" : " "), i2 = r2.parentheses ? "(".concat(a2, ")") : a2;
        return u2 && (i2 = "".concat(i2, " ").concat(u2)), i2;
      }
      function P(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [y(t2.db), y(t2.table)].filter(L).join(".");
            return "".concat(w(e2), " ").concat(n2);
          case "column":
            return "COLUMN ".concat(At(t2));
          default:
            return "".concat(w(e2), " ").concat(h(t2));
        }
      }
      function G(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [w(t2), h(e2)].filter(L).join(" ");
      }
      function F(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return H(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if (typeof r3 == "string") return H(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return e2 === "Object" && r3.constructor && (e2 = r3.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r3) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? H(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function H(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Y(r2) {
        return r2 ? [r2.prefix.map(h).join(" "), lt(r2.value), r2.suffix.map(h).join(" ")] : [];
      }
      function B(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(F(Y(n2)), F(Y(e2))).filter(L).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return e3.length === 1 && t3 === "offset" ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat(t3 === "offset" ? " " : "").concat(w(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function $(r2) {
        if (r2 && r2.length !== 0) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(At).join(", "), ")") : "", s2 = a(e3.type === "values" ? "VALUES" : "", lt, e3);
            return "".concat(t3.type === "default" ? y(t3.value) : h(t3)).concat(o2, " AS (").concat(s2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function W(r2) {
        if (r2 && r2.position) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = [], o2 = w(t2);
          return o2 === "VAR" ? n2.push(e2.map(ct).join(", ")) : n2.push(o2, typeof e2 == "string" ? y(e2) : lt(e2)), n2.filter(L).join(" ");
        }
      }
      function q(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, s2 = r2.for, u2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = c2 === void 0 ? {} : c2, f2 = r2.locking_read, b2 = r2.groupby, p2 = r2.having, d2 = r2.into, y2 = d2 === void 0 ? {} : d2, C2 = r2.isolation, m2 = r2.limit, E2 = r2.options, A2 = r2.orderby, T2 = r2.parentheses_symbol, _2 = r2.qualify, g2 = r2.top, I2 = r2.window, S2 = r2.with, N2 = r2.where, O2 = [$(S2), "SELECT", w(t2)];
        Array.isArray(E2) && O2.push(E2.join(" ")), O2.push((function(r3) {
          if (r3) {
            if (typeof r3 == "string") return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [w(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(L).join(" ");
          }
        })(o2), v(g2), jt(e2, u2));
        var R2 = y2.position, j2 = "";
        R2 && (j2 = a("INTO", W, y2)), R2 === "column" && O2.push(j2), O2.push(a("FROM", mr, u2)), R2 === "from" && O2.push(j2);
        var x2 = l2 || {}, k2 = x2.keyword, U2 = x2.expr;
        O2.push(a(k2, lt, U2)), O2.push(a("WHERE", lt, N2)), b2 && (O2.push(i("GROUP BY", ft(b2.columns).join(", "))), O2.push(ft(b2.modifiers).join(", "))), O2.push(a("HAVING", lt, p2)), O2.push(a("QUALIFY", lt, _2)), O2.push(a("WINDOW", lt, I2)), O2.push(bt(A2, "order by")), O2.push(pt(n2)), O2.push(B(m2)), C2 && O2.push(a(C2.keyword, h, C2.expr)), O2.push(w(f2)), R2 === "end" && O2.push(j2), O2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [w(r3.type), w(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(s2));
        var D2 = O2.filter(L).join(" ");
        return T2 ? "(".concat(D2, ")") : D2;
      }
      function V(r2, t2) {
        var e2 = typeof Symbol < "u" && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if (typeof r3 == "string") return X(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return e3 === "Object" && r3.constructor && (e3 = r3.constructor.name), e3 === "Map" || e3 === "Set" ? Array.from(r3) : e3 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? X(r3, t3) : void 0;
            }
          })(r2)) || t2 && r2 && typeof r2.length == "number") {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: !0 } : { done: !1, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        }
        var s2, u2 = !0, a2 = !1;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = !0, s2 = r3;
        }, f: function() {
          try {
            u2 || e2.return == null || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function X(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function K(r2) {
        if (!r2 || r2.length === 0) return "";
        var t2, e2 = [], n2 = V(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, s2 = {}, u2 = o2.value;
            for (var a2 in o2) a2 !== "value" && a2 !== "keyword" && (s2[a2] = o2[a2]);
            var i2 = [At(s2)], c2 = "";
            u2 && (c2 = lt(u2), i2.push("=", c2)), e2.push(i2.filter(L).join(" "));
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join(", ");
      }
      function Q(r2) {
        var t2 = r2.name, e2 = r2.value;
        return ["@".concat(t2), "=", lt(e2)].filter(L).join(" ");
      }
      function z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.terminated, n2 = r2.enclosed, o2 = r2.escaped;
        return [w(t2), h(e2), h(n2), h(o2)].filter(L).join(" ");
      }
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [w(t2), h(e2), h(n2)].filter(L).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", h(t2), e2].filter(L).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, s2 = r2.table, u2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, b2 = r2.set, p2 = r2.ignore;
        return ["LOAD DATA", w(t2), w(e2), "INFILE", h(n2), w(o2), "INTO TABLE", Cr(s2), ar(u2), a("CHARACTER SET", h, i2), z(l2), Z(f2), J(p2), jt(c2), a("SET", K, b2)].filter(L).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var s2 = lt(t2), u2 = lt(e2);
        return [s2, w(n2), u2].filter(L).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, s2 = r2.keyword, u2 = r2.suffix, i2 = "";
        switch (w(s2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [a("IN", h, e2 && e2.right), a("FROM", mr, n2), B(o2)].filter(L).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            i2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return w(t3.op) === "LIKE" ? a("LIKE", h, t3.right) : a("WHERE", lt, t3);
            })(r2);
            break;
          case "COLUMNS":
          case "INDEXES":
          case "INDEX":
            i2 = a("FROM", mr, r2.from);
            break;
          case "GRANTS":
            i2 = (function(r3) {
              var t3 = r3.for;
              if (t3) {
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, s3 = "'".concat(e3, "'");
                return n3 && (s3 += "@'".concat(n3, "'")), ["FOR", s3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(L).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = a("", Cr, r2[u2]);
            break;
          case "VAR":
            i2 = ct(r2.var), s2 = "";
        }
        return ["SHOW", w(s2), w(u2), i2].filter(L).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (t2 === void 0 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, s2 = r3.type, u2 = t3.expr, a2 = t3.orderby;
              return [w(s2), w(n2), [[y(o2.schema), y(o2.name)].filter(L).join("."), "(".concat(u2.map(nt).join(", ")).concat(a2 ? [" ORDER", "BY", a2.map(nt).join(", ")].join(" ") : "", ")")].filter(L).join(""), et(e2)].filter(L).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, s2 = r3.expr, u2 = s2 === void 0 ? [] : s2, a2 = w(t3), i2 = mr(e2), c2 = u2.map(lt);
              return [a2, "TABLE", w(n2), h(o2), i2, c2.join(", ")].filter(L).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [w(r3.type), w(e2), y(n2), et(t3)].filter(L).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, s2 = r3.expr, u2 = s2 === void 0 ? [] : s2, a2 = w(t3), i2 = mr(n2), c2 = u2.map(Kr);
              return [a2, w(e2), w(o2), i2, c2.join(", ")].filter(L).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [w(r3.type), w(e2), [y(n2.schema), y(n2.name)].filter(L).join("."), et(t3)].filter(L).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [w(r3.type), w(n2), [[y(o2.schema), y(o2.name)].filter(L).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(L).join(""), et(e2)].filter(L).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, s2 = r3.view, u2 = r3.with, a2 = w(t3), i2 = Cr(s2), c2 = [a2, "VIEW", i2];
              return e2 && c2.push("(".concat(e2.map(At).join(", "), ")")), n2 && c2.push("WITH ".concat(n2.map(w).join(", "))), c2.push("AS", q(o2)), u2 && c2.push(w(u2)), c2.filter(L).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [w(t2), Cr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, s2 = r2.schema;
        return [w(t2), w(e2), lt(n2), w(o2), y(s2)].filter(L).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, s2 = r3.args, u2 = r3.options, a2 = [w(t3), w(e3), w(n2)], i2 = [y(o2.schema), o2.name].filter(L).join("."), c2 = "".concat(s2.expr.map(nt).join(", ")).concat(s2.orderby ? [" ORDER", "BY", s2.orderby.map(nt).join(", ")].join(" ") : "");
              return a2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(u2.map(rt).join(", "), ")")), a2.filter(L).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, s2 = r3.as, u2 = r3.temporary, a2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, p2 = r3.partition_of, v2 = r3.query_expr, d2 = r3.unlogged, y2 = r3.with, C2 = [w(t3), w(f2), w(u2), w(d2), w(e3), w(a2), mr(n2)];
              if (o2) {
                var m2 = o2.type, E2 = mr(o2.table);
                return C2.push(w(m2), E2), C2.filter(L).join(" ");
              }
              if (p2) return C2.concat([zr(p2)]).filter(L).join(" ");
              if (i2 && C2.push("(".concat(i2.map(Kr).join(", "), ")")), c2) {
                var A2 = b().database, T2 = A2 && A2.toLowerCase() === "sqlite" ? ", " : " ";
                C2.push(c2.map(Er).join(T2));
              }
              if (y2) {
                var _2 = y2.map((function(r4) {
                  return [h(r4.keyword), w(r4.symbol), h(r4.value)].join(" ");
                })).join(", ");
                C2.push("WITH (".concat(_2, ")"));
              }
              return C2.push(w(l2), w(s2)), v2 && C2.push(or(v2)), C2.filter(L).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = r2.resource === "constraint" ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, s2 = r3.execute, u2 = r3.for_each, a2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, b2 = r3.table, p2 = r3.when, v2 = [w(f2), w(l2), w(e3), w(c2), y(t3), w(i2)], d2 = g(o2);
              return v2.push(d2, "ON", Cr(b2)), a2 && v2.push("FROM", Cr(a2)), v2.push.apply(v2, qr(S(n2)).concat(qr(S(u2)))), p2 && v2.push(w(p2.type), lt(p2.cond)), v2.push(w(s2.keyword), Wr(s2.expr)), v2.filter(L).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, s2 = r3.type, u2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, b2 = r3.order, p2 = r3.time, v2 = r3.when, d2 = [w(s2), w(c2), lt(t3), w(n2), w(i2), Cr(l2), w(p2), f2.map((function(r4) {
                var t4 = [w(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(w(e4.keyword), e4.columns.map(At).join(", ")), t4.join(" ");
              })), "ON", Cr(u2), w(e3 && e3.keyword), w(e3 && e3.args), b2 && "".concat(w(b2.keyword), " ").concat(y(b2.trigger)), a("WHEN", lt, v2), w(o2.prefix)];
              switch (o2.type) {
                case "set":
                  d2.push(a("SET", K, o2.expr));
                  break;
                case "multiple":
                  d2.push(sr(o2.expr.ast));
              }
              return d2.push(w(o2.suffix)), d2.filter(L).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, s2 = r3.schema, u2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [w(u2), w(o2), w(n2), h(t3), w(i2), a("SCHEMA", h, s2), a("VERSION", h, c2), a("FROM", h, e3)].filter(L).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, s2 = r3.args, u2 = r3.returns, a2 = r3.options, i2 = r3.last, c2 = [w(t3), w(e3), w(n2)], l2 = [h(o2.schema), o2.name.map(h).join(".")].filter(L).join("."), f2 = s2.map(nt).filter(L).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [w(t4), w(e4), Array.isArray(n3) ? "(".concat(n3.map(St).join(", "), ")") : Zr(n3)].filter(L).join(" ");
              })(u2), a2.map(Jr).join(" "), i2), c2.filter(L).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, s2 = r3.include, u2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, b2 = r3.index_options, p2 = r3.algorithm_option, v2 = r3.lock_option, d2 = r3.on_kw, C2 = r3.table, m2 = r3.tablespace, E2 = r3.type, A2 = r3.where, T2 = r3.with, _2 = r3.with_before_where, g2 = T2 && "WITH (".concat(U(T2).join(", "), ")"), I2 = s2 && "".concat(w(s2.keyword), " (").concat(s2.columns.map((function(r4) {
                return typeof r4 == "string" ? y(r4) : lt(r4);
              })).join(", "), ")"), S2 = l2;
              l2 && (S2 = typeof l2 == "string" ? y(l2) : [y(l2.schema), y(l2.name)].filter(L).join("."));
              var N2 = [w(E2), w(i2), w(n2), w(o2), w(t3), S2, w(d2), Cr(C2)].concat(qr(x(c2)), ["(".concat(O(u2), ")"), I2, U(b2).join(" "), et(p2), et(v2), a("TABLESPACE", h, m2)]);
              return _2 ? N2.push(g2, a("WHERE", lt, A2)) : N2.push(a("WHERE", lt, A2), g2), N2.push(a("ON", lt, f2), a("FILESTREAM_ON", h, e3)), N2.filter(L).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, s2 = r3.if_not_exists, u2 = r3.create_definitions, a2 = [w(t3), w(o2), w(e3), w(s2), mr(n2)];
              return u2 && a2.push(u2.map(Kr).join(" ")), a2.filter(L).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, s2 = r3.create_definitions, u2 = r3[e3], a2 = u2.db, i2 = u2.schema, c2 = [h(a2), i2.map(h).join(".")].filter(L).join("."), l2 = [w(t3), w(n2), w(e3), w(o2), c2];
              return s2 && l2.push(s2.map(Er).join(" ")), l2.filter(L).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, s2 = r3.keyword, u2 = r3.recursive, a2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, b2 = r3.view, p2 = r3.with, v2 = r3.with_options, h2 = b2.db, m2 = b2.schema, E2 = b2.view, A2 = [y(h2), y(m2), y(E2)].filter(L).join(".");
              return [w(f2), w(a2), w(l2), w(u2), t3 && "ALGORITHM = ".concat(w(t3)), lt(n2), c2 && "SQL SECURITY ".concat(w(c2)), w(s2), w(o2), A2, e3 && "(".concat(e3.map(d).join(", "), ")"), v2 && ["WITH", "(".concat(v2.map((function(r4) {
                return C(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), w(p2)].filter(L).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, s2 = r3.target, u2 = r3.create_definitions, a2 = [w(n2), w(o2), [y(e3.schema), y(e3.name)].filter(L).join("."), w(t3), A(s2)];
              if (u2 && u2.length > 0) {
                var i2, c2 = [], l2 = (function(r4, t4) {
                  var e4 = typeof Symbol < "u" && r4[Symbol.iterator] || r4["@@iterator"];
                  if (!e4) {
                    if (Array.isArray(r4) || (e4 = Vr(r4)) || t4 && r4 && typeof r4.length == "number") {
                      e4 && (r4 = e4);
                      var n3 = 0, o3 = function() {
                      };
                      return { s: o3, n: function() {
                        return n3 >= r4.length ? { done: !0 } : { done: !1, value: r4[n3++] };
                      }, e: function(r5) {
                        throw r5;
                      }, f: o3 };
                    }
                    throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
                  }
                  var s3, u3 = !0, a3 = !1;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return u3 = r5.done, r5;
                  }, e: function(r5) {
                    a3 = !0, s3 = r5;
                  }, f: function() {
                    try {
                      u3 || e4.return == null || e4.return();
                    } finally {
                      if (a3) throw s3;
                    }
                  } };
                })(u2);
                try {
                  for (l2.s(); !(i2 = l2.n()).done; ) {
                    var f2 = i2.value, b2 = f2.type;
                    switch (b2) {
                      case "collate":
                        c2.push(lt(f2));
                        break;
                      case "default":
                        c2.push(w(b2), lt(f2.value));
                        break;
                      case "constraint":
                        c2.push(Pr(f2));
                    }
                  }
                } catch (r4) {
                  l2.e(r4);
                } finally {
                  l2.f();
                }
                a2.push(c2.filter(L).join(" "));
              }
              return a2.filter(L).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, s2 = r3.resource, u2 = [w(r3.type), w(n2), [y(o2.schema), y(o2.name)].filter(L).join("."), w(t3), w(s2)];
              if (e3) {
                var a2 = [];
                switch (s2) {
                  case "enum":
                  case "range":
                    a2.push(lt(e3));
                    break;
                  default:
                    a2.push("(".concat(e3.map(Kr).join(", "), ")"));
                }
                u2.push(a2.filter(L).join(" "));
              }
              return u2.filter(L).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, s2 = r3.keyword, u2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, b2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [kr(t4)];
                return e4 && n3.push(w(e4.keyword), e4.auth_plugin, h(e4.value)), n3.filter(L).join(" ");
              })).join(", "), p2 = [w(f2), w(s2), w(o2), b2];
              return n2 && p2.push(w(n2.keyword), n2.value.map(kr).join(", ")), p2.push(a(c2 && c2.keyword, lt, c2 && c2.value)), l2 && p2.push(w(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" ")), i2 && i2.forEach((function(r4) {
                return p2.push(a(r4.keyword, lt, r4.value));
              })), p2.push(h(u2), _(e3), h(t3)), p2.filter(L).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [w(r2.type), w(e2), P(n2), G(t2)].filter(L).join(" ");
      }, select: q, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [w(t2), w(e2), lt(n2)].filter(L).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, s2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [$(u2), "DELETE"], f2 = jt(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (n2.length === 1 && n2[0].addition === !0 || l2.push(mr(n2))), l2.push(a("FROM", mr, e2)), l2.push(a("WHERE", lt, o2)), l2.push(bt(s2, "order by")), l2.push(B(i2)), l2.push(I(c2)), l2.filter(L).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [w(t2), Cr(e2), (n2 || []).map(Q).filter(L).join(", ")].filter(L).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [w(t2)], s2 = [e2];
        return n2 && s2.push("(".concat(lt(n2).join(", "), ")")), o2.push(s2.join("")), o2.filter(L).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [w(t2), q(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, s2 = r2.stmts;
        return [e2, w(t2), n2, "IN", sr([o2]), "LOOP", sr(s2), "END LOOP", e2].filter(L).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, s2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [$(u2), "UPDATE", mr(e2), a("SET", K, n2), a("FROM", mr, t2), a("WHERE", lt, o2), bt(s2, "order by"), B(i2), I(c2)].filter(L).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, s2 = r2.prefix, u2 = r2.go, a2 = r2.semicolons, i2 = r2.suffix, c2 = [w(r2.type), lt(t2), h(s2), "".concat(gr(o2.ast || o2)).concat(a2[0]), w(u2)];
        return n2 && c2.push(n2.map((function(r3) {
          return [w(r3.type), lt(r3.boolean_expr), "THEN", gr(r3.then.ast || r3.then), r3.semicolon].filter(L).join(" ");
        })).join(" ")), e2 && c2.push("ELSE", "".concat(gr(e2.ast || e2)).concat(a2[1])), c2.push(h(i2)), c2.filter(L).join(" ");
      }, insert: fr, load_data: rr, drop: Rr, truncate: Rr, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [w(t2)], s2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, s3 = r3.datatype, u2 = r3.not_null, a2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(L).join(""), w(n3), w(o3)];
          switch (c2) {
            case "variable":
              l2.push(Tt(s3), lt(r3.collate), w(u2)), i2 && l2.push(w(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(w(a2));
              break;
            case "table":
              l2.push(w(a2), "(".concat(i2.map(Kr).join(", "), ")"));
          }
          return l2.filter(L).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(s2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = w(t2), o2 = y(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var s2, u2 = Ir(e2);
          try {
            for (u2.s(); !(s2 = u2.n()).done; ) {
              var a2 = s2.value.map(Cr);
              n2.push(a2.join(" TO "));
            }
          } catch (r3) {
            u2.e(r3);
          } finally {
            u2.f();
          }
        }
        return "".concat(o2, " ").concat(n2.join(", "));
      }, call: function(r2) {
        var t2 = lt(r2.expr);
        return "".concat("CALL", " ").concat(t2);
      }, desc: jr, describe: jr, set: function(r2) {
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = w(t2), s2 = e2.map(lt).join(", ");
        return [o2, w(n2), s2].filter(L).join(" ");
      }, lock: xr, unlock: xr, show: er, grant: Ur, revoke: Ur, proc: function(r2) {
        var t2 = r2.stmt;
        switch (t2.type) {
          case "assign":
            return tr(t2);
          case "return":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.expr;
              return [w(t3), lt(e2)].join(" ");
            })(t2);
        }
      }, raise: function(r2) {
        var t2 = r2.type, e2 = r2.level, n2 = r2.raise, o2 = r2.using, s2 = [w(t2), w(e2)];
        return n2 && s2.push([h(n2.keyword), n2.type === "format" && n2.expr.length > 0 && ","].filter(L).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", ")), o2 && s2.push(w(o2.type), w(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", ")), s2.filter(L).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, s2 = [h(e2), w(n2)];
        return o2 && s2.push(o2.map(h).join(", ")), s2.filter(L).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, s2 = e2._limit, u2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var a2 = nr[r2._next.type], i2 = w(r2.set_op);
          u2.push(i2, a2(r2._next)), r2 = r2._next;
        }
        return u2.push(n2 && ")", bt(o2, "order by"), B(s2)), u2.filter(L).join(" ");
      }
      function sr(r2) {
        for (var t2 = [], e2 = 0, n2 = r2.length; e2 < n2; ++e2) {
          var o2 = r2[e2] && r2[e2].ast ? r2[e2].ast : r2[e2], s2 = or(o2);
          e2 === n2 - 1 && o2.type === "transaction" && (s2 = "".concat(s2, " ;")), t2.push(s2);
        }
        return t2.join(" ; ");
      }
      function ur(r2) {
        var t2 = r2.type;
        return t2 === "select" ? or(r2) : (t2 === "values" ? r2.values : r2).map((function(r3) {
          var t3 = lt(r3);
          return [w(r3.prefix), "(".concat(t3, ")")].filter(L).join("");
        })).join(", ");
      }
      function ar(r2) {
        if (!r2) return "";
        var t2 = ["PARTITION", "("];
        if (Array.isArray(r2)) t2.push(r2.map((function(r3) {
          return y(r3);
        })).join(", "));
        else {
          var e2 = r2.value;
          t2.push(e2.map(lt).join(", "));
        }
        return t2.push(")"), t2.filter(L).join("");
      }
      function ir(r2) {
        if (!r2) return "";
        if (r2.type === "column")
          return "(".concat(r2.expr.map(At).join(", "), ")");
      }
      function cr(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = t2.type, o2 = [w(e2)];
        switch (n2) {
          case "origin":
            o2.push(h(t2));
            break;
          case "update":
            o2.push("UPDATE", a("SET", K, t2.set), a("WHERE", lt, t2.where));
        }
        return o2.filter(L).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(L).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = n2 === void 0 ? [] : n2, s2 = r2.prefix, u2 = s2 === void 0 ? "into" : s2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, b2 = r2.on_duplicate_update, p2 = r2.partition, v2 = r2.returning, d2 = r2.set, y2 = b2 || {}, C2 = y2.keyword, m2 = y2.set, E2 = [w(e2), o2.map(h).join(" "), w(u2), mr(t2), ar(p2)];
        return Array.isArray(i2) && E2.push("(".concat(i2.map(h).join(", "), ")")), E2.push(a(l2 && l2.type === "values" ? "VALUES" : "", ur, l2)), E2.push(a("ON CONFLICT", lr, c2)), E2.push(a("SET", K, d2)), E2.push(a("WHERE", lt, f2)), E2.push(a(C2, K, m2)), E2.push(I(v2)), E2.filter(L).join(" ");
      }
      function br(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), w(e2), lt(n2)].filter(L).join(" ");
      }
      function pr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return vr(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if (typeof r3 == "string") return vr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return e2 === "Object" && r3.constructor && (e2 = r3.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r3) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? vr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function vr(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function dr(r2) {
        var t2 = r2.type, e2 = r2.as, n2 = r2.expr, o2 = r2.with_offset;
        return ["".concat(w(t2), "(").concat(n2 && lt(n2) || "", ")"), a("AS", typeof e2 == "string" ? y : lt, e2), a(w(o2 && o2.keyword), y, o2 && o2.as)].filter(L).join(" ");
      }
      function yr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, s2 = r3.type, u2 = [lt(n2), "FOR", At(e2), M(o2)], a2 = ["".concat(w(s2), "(").concat(u2.join(" "), ")")];
              return t2 && a2.push("AS", y(t2)), a2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function wr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, s2 = r2.parentheses, u2 = r2.prefix, a2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              a2.push(w(t2), "(".concat(y(n2)), "(".concat(o2.map(lt).filter(L).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              a2.push(w(t2), "=", lt(e2));
              break;
            case "index":
              a2.push(w(u2), w(t2), s2 ? "(".concat(e2.map((function(r3) {
                return y(r3);
              })).join(", "), ")") : "= ".concat(y(e2)));
              break;
            default:
              a2.push(lt(e2));
          }
          return a2.filter(L).join(" ");
        }
      }
      function Lr(r2, t2) {
        var e2 = r2.name, n2 = r2.symbol;
        return [w(e2), n2, t2].filter(L).join(" ");
      }
      function hr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "as":
            t2.push("AS", "OF", lt(r2.of));
            break;
          case "from_to":
            t2.push("FROM", lt(r2.from), "TO", lt(r2.to));
            break;
          case "between_and":
            t2.push("BETWEEN", lt(r2.between), "AND", lt(r2.and));
            break;
          case "contained":
            t2.push("CONTAINED", "IN", lt(r2.in));
        }
        return t2.filter(L).join(" ");
      }
      function Cr(r2) {
        if (w(r2.type) === "UNNEST") return dr(r2);
        var t2, e2, n2, o2, s2 = r2.table, u2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, b2 = r2.schema, p2 = r2.server, v2 = r2.suffix, d2 = r2.tablesample, m2 = r2.temporal_table, E2 = r2.table_hint, A2 = r2.surround, T2 = A2 === void 0 ? {} : A2, _2 = y(p2, !1, T2.server), g2 = y(u2, !1, T2.db), I2 = y(b2, !1, T2.schema), S2 = s2 && y(s2, !1, T2.table);
        if (c2) switch (c2.type) {
          case "values":
            var N2 = c2.parentheses, O2 = c2.values, R2 = c2.prefix, j2 = [N2 && "(", "", N2 && ")"], x2 = ur(O2);
            R2 && (x2 = x2.split("(").slice(1).map((function(r3) {
              return "".concat(w(R2), "(").concat(r3);
            })).join("")), j2[1] = "VALUES ".concat(x2), S2 = j2.filter(L).join("");
            break;
          case "tumble":
            S2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, s3 = [y(t3.expr.db), y(t3.expr.schema), y(t3.expr.table)].filter(L).join("."), u3 = "DESCRIPTOR(".concat(At(e3.expr), ")"), a2 = ["TABLE(TUMBLE(TABLE ".concat(Lr(t3, s3)), Lr(e3, u3)], i3 = Lr(o3, br(o3.expr));
              return n3 && n3.expr ? a2.push(i3, "".concat(Lr(n3, br(n3.expr)), "))")) : a2.push("".concat(i3, "))")), a2.filter(L).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return C(r3).join(" ");
            })).join(", "), S2 = "".concat(w(e2), "(").concat(w(n2), "(").concat(o2, "))");
            break;
          default:
            S2 = lt(c2);
        }
        var k2 = [[_2, g2, I2, S2 = [w(f2), S2, w(v2)].filter(L).join(" ")].filter(L).join(".")];
        if (d2) {
          var U2 = ["TABLESAMPLE", lt(d2.expr), h(d2.repeatable)].filter(L).join(" ");
          k2.push(U2);
        }
        k2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [w(t3), hr(e3)].filter(L).join(" ");
          }
        })(m2), a("AS", typeof i2 == "string" ? y : lt, i2), yr(l2)), E2 && k2.push(w(E2.keyword), "(".concat(E2.expr.map(wr).filter(L).join(", "), ")"));
        var D2 = k2.filter(L).join(" ");
        return r2.parentheses ? "(".concat(D2, ")") : D2;
      }
      function mr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = mr(t2);
          if (e2) {
            for (var s2 = [], u2 = [], i2 = e2 === !0 ? 1 : e2.length, c2 = 0; c2++ < i2; ) s2.push("("), u2.push(")");
            var l2 = n2 && n2.length > 0 ? mr([""].concat(pr(n2))) : "";
            return s2.join("") + o2 + u2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], b2 = [];
        if (f2.type === "dual") return "DUAL";
        b2.push(Cr(f2));
        for (var p2 = 1; p2 < r2.length; ++p2) {
          var v2 = r2[p2], d2 = v2.on, y2 = v2.using, C2 = v2.join, m2 = [], E2 = Array.isArray(v2) || Object.hasOwnProperty.call(v2, "joins");
          m2.push(C2 ? " ".concat(w(C2)) : ","), m2.push(E2 ? mr(v2) : Cr(v2)), m2.push(a("ON", lt, d2)), y2 && m2.push("USING (".concat(y2.map(h).join(", "), ")")), b2.push(m2.filter(L).join(" "));
        }
        return b2.filter(L).join("");
      }
      function Er(r2) {
        var t2 = r2.keyword, e2 = r2.symbol, n2 = r2.value, o2 = [t2.toUpperCase()];
        e2 && o2.push(e2);
        var s2 = h(n2);
        switch (t2) {
          case "partition by":
          case "default collate":
            s2 = lt(n2);
            break;
          case "options":
            s2 = "(".concat(n2.map((function(r3) {
              return [r3.keyword, r3.symbol, lt(r3.value)].join(" ");
            })).join(", "), ")");
            break;
          case "cluster by":
            s2 = n2.map(lt).join(", ");
        }
        return o2.push(s2), o2.filter(L).join(" ");
      }
      var Ar = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function Tr(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Ar.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function _r(r2) {
        return Array.isArray(r2) ? (r2.forEach(Tr), sr(r2)) : (Tr(r2), or(r2));
      }
      function gr(r2) {
        return r2.go === "go" ? (function r3(t2) {
          if (!t2 || t2.length === 0) return "";
          var e2 = [_r(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : _r(r2);
      }
      function Ir(r2, t2) {
        var e2 = typeof Symbol < "u" && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = Nr(r2)) || t2 && r2 && typeof r2.length == "number") {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: !0 } : { done: !1, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        }
        var s2, u2 = !0, a2 = !1;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = !0, s2 = r3;
        }, f: function() {
          try {
            u2 || e2.return == null || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function Sr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Or(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || Nr(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function Nr(r2, t2) {
        if (r2) {
          if (typeof r2 == "string") return Or(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return e2 === "Object" && r2.constructor && (e2 = r2.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r2) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Or(r2, t2) : void 0;
        }
      }
      function Or(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Rr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, s2 = r2.suffix, u2 = [w(t2), w(e2), w(o2)];
        switch (e2) {
          case "table":
            u2.push(mr(n2));
            break;
          case "trigger":
            u2.push([n2[0].schema ? "".concat(y(n2[0].schema), ".") : "", y(n2[0].trigger)].filter(L).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            u2.push(y(n2));
            break;
          case "view":
            u2.push(mr(n2), r2.options && r2.options.map(lt).filter(L).join(" "));
            break;
          case "index":
            u2.push.apply(u2, [At(n2)].concat(Sr(r2.table ? ["ON", Cr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(L).join(" ")]));
            break;
          case "type":
            u2.push(n2.map(At).join(", "), r2.options && r2.options.map(lt).filter(L).join(" "));
        }
        return s2 && u2.push(s2.map(lt).filter(L).join(" ")), u2.filter(L).join(" ");
      }
      function jr(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = w(t2), o2 = typeof e2 == "string" ? y(e2) : Cr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function xr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), w(e2)];
        if (t2.toUpperCase() === "UNLOCK") return o2.join(" ");
        var s2, u2 = [], a2 = Ir(n2);
        try {
          var i2 = function() {
            var r3 = s2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Cr(t3)];
            e3 && n3.push(["prefix", "type", "suffix"].map((function(r4) {
              return w(e3[r4]);
            })).filter(L).join(" ")), u2.push(n3.join(" "));
          };
          for (a2.s(); !(s2 = a2.n()).done; ) i2();
        } catch (r3) {
          a2.e(r3);
        } finally {
          a2.f();
        }
        return o2.push.apply(o2, [u2.join(", ")].concat(Sr((function(r3) {
          var t3 = r3.lock_mode, e3 = r3.nowait, n3 = [];
          if (t3) {
            var o3 = t3.mode;
            n3.push(o3.toUpperCase());
          }
          return e3 && n3.push(e3.toUpperCase()), n3;
        })(r2)))), o2.filter(L).join(" ");
      }
      function kr(r2) {
        var t2 = r2.name, e2 = r2.host, n2 = [h(t2)];
        return e2 && n2.push("@", h(e2)), n2.join("");
      }
      function Ur(r2) {
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, s2 = r2.on, u2 = r2.to_from, a2 = r2.user_or_roles, i2 = r2.with, c2 = [w(t2), h(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(At).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), s2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(h(s2.object_type), s2.priv_level.map((function(r3) {
              return [y(r3.prefix), y(r3.name)].filter(L).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(kr(s2));
        }
        return c2.push(w(u2), a2.map(kr).join(", ")), c2.push(h(i2)), c2.filter(L).join(" ");
      }
      function Dr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Mr(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if (typeof r3 == "string") return Mr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return e2 === "Object" && r3.constructor && (e2 = r3.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r3) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Mr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function Mr(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Pr(r2) {
        if (r2) {
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, s2 = r2.keyword, u2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = b().database;
          l2.push(w(s2)), l2.push(y(t2));
          var p2 = w(e2);
          return f2.toLowerCase() === "sqlite" && p2 === "UNIQUE KEY" && (p2 = "UNIQUE"), l2.push(p2), l2.push(f2.toLowerCase() !== "sqlite" && y(o2)), l2.push.apply(l2, Dr(D(r2))), l2.push.apply(l2, Dr(_t(u2))), l2.push(w(n2)), l2.push(a("FOR", y, i2)), l2.push(h(c2)), l2.filter(L).join(" ");
        }
      }
      function Gr(r2) {
        if (r2) {
          var t2 = r2.type;
          return t2 === "rows" ? [w(t2), lt(r2.expr)].filter(L).join(" ") : lt(r2);
        }
      }
      function Fr(r2) {
        if (typeof r2 == "string") return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, bt(e2, "partition by"), bt(n2, "order by"), Gr(o2)].filter(L).join(" ");
        })(t2), ")");
      }
      function Hr(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat(Fr(e2));
      }
      function Yr(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, s2 = r2.parentheses, u2 = w(o2);
          if (u2 === "WINDOW") return "OVER ".concat(Fr(t2));
          if (u2 === "ON UPDATE") {
            var a2 = "".concat(w(o2), " ").concat(w(n2)), i2 = lt(e2) || [];
            return s2 && (a2 = "".concat(a2, "(").concat(i2.join(", "), ")")), a2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(bt(r2.partitionby, "partition by")), "".concat(bt(r2.orderby, "order by"), ")")].filter(L).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Br(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return w(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, s2 = [], u2 = 0; u2 < n2; u2++) s2.push("["), o2 && o2[u2] && s2.push(h(o2[u2])), s2.push("]");
        return s2.join("");
      }
      function $r(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, s2 = r2.as, u2 = r2.offset, a2 = r2.parentheses, i2 = r2.collate, c2 = mt({ expr: e2, offset: u2 }), l2 = [], f2 = 0, b2 = t2.length; f2 < b2; ++f2) {
          var p2 = t2[f2], v2 = p2.angle_brackets, d2 = p2.length, C2 = p2.dataType, m2 = p2.parentheses, E2 = p2.quoted, A2 = p2.scale, T2 = p2.suffix, _2 = p2.expr, g2 = _2 ? lt(_2) : "";
          d2 != null && (g2 = A2 ? "".concat(d2, ", ").concat(A2) : d2), m2 && (g2 = "(".concat(g2, ")")), v2 && (g2 = "<".concat(g2, ">")), T2 && T2.length && (g2 += " ".concat(T2.map(h).join(" ")));
          var I2 = "::", S2 = "", N2 = [];
          o2 === "as" && (f2 === 0 && (c2 = "".concat(w(n2), "(").concat(c2)), S2 = ")", I2 = " ".concat(o2.toUpperCase(), " ")), f2 === 0 && N2.push(c2);
          var O2 = Br(p2);
          N2.push(I2, E2, C2, E2, O2, g2, S2), l2.push(N2.filter(L).join(""));
        }
        var R2 = pt(i2);
        s2 && l2.push(" AS ".concat(y(s2)));
        var j2 = [l2.filter(L).join(""), R2].filter(L).join(" ");
        return a2 ? "(".concat(j2, ")") : j2;
      }
      function Wr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, s2 = r2.args_parentheses, u2 = r2.parentheses, a2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = Yr(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [w(t3), w(e3), "(".concat(bt(n3, "order by"), ")")].filter(L).join(" ");
        })(a2), b2 = lt(c2), p2 = pt(n2), v2 = [h(o2.schema), o2.name.map(h).join(".")].filter(L).join(".");
        if (!t2) return [v2, p2, f2, l2].filter(L).join(" ");
        var d2 = r2.separator || ", ", y2 = 0;
        if (w(v2) === "TRIM") for (var C2 = 0, m2 = t2.value.length; C2 < m2; ++C2) {
          var E2 = t2.value[C2];
          if (E2.type === "origin" && E2.value === "from") {
            y2 = C2;
            break;
          }
        }
        var A2 = [v2];
        A2.push(s2 === !1 ? " " : "(");
        var T2 = lt(t2);
        if (Array.isArray(d2)) {
          for (var _2 = T2[0], g2 = 1, I2 = T2.length; g2 < I2; ++g2) _2 = [_2, T2[g2]].join(" ".concat(lt(d2[g2 - 1]), " "));
          A2.push(_2);
        } else w(v2) === "TRIM" && y2 > 0 ? A2.push([T2.slice(0, y2 + 1).join(" "), T2.slice(y2 + 1).join(", ")].join(" ")) : A2.push(T2.join(d2));
        return s2 !== !1 && A2.push(")"), A2.push(Et(e2)), A2 = [A2.join(""), b2, p2].filter(L).join(" "), [u2 ? "(".concat(A2, ")") : A2, f2, l2].filter(L).join(" ");
      }
      function qr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Xr(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || Vr(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function Vr(r2, t2) {
        if (r2) {
          if (typeof r2 == "string") return Xr(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return e2 === "Object" && r2.constructor && (e2 = r2.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r2) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Xr(r2, t2) : void 0;
        }
      }
      function Xr(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Kr(r2) {
        if (!r2) return [];
        var t2, e2, n2, o2, s2 = r2.resource;
        switch (s2) {
          case "column":
            return St(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(w(n2)), e2.push(o2), e2.push.apply(e2, R(D(t2))), e2.filter(L).join(" ");
          case "constraint":
            return Pr(r2);
          case "sequence":
            return [w(r2.prefix), lt(r2.value)].filter(L).join(" ");
          default:
            throw new Error("unknown resource = ".concat(s2, " type"));
        }
      }
      function Qr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "from":
            t2.push("FROM", "(".concat(h(r2.from), ")"), "TO", "(".concat(h(r2.to), ")"));
            break;
          case "in":
            t2.push("IN", "(".concat(lt(r2.in), ")"));
            break;
          case "with":
            t2.push("WITH", "(MODULUS ".concat(h(r2.modulus), ", REMAINDER ").concat(h(r2.remainder), ")"));
        }
        return t2.filter(L).join(" ");
      }
      function zr(r2) {
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, s2 = [w(t2), Cr(e2), w(n2.keyword), Qr(n2.expr)];
        return o2 && s2.push("TABLESPACE", h(o2)), s2.filter(L).join(" ");
      }
      function Zr(r2) {
        return r2.dataType ? A(r2) : [y(r2.db), y(r2.schema), y(r2.table)].filter(L).join(".");
      }
      function Jr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [w(t2), r2.symbol, or(r2.declare), w(r2.begin), sr(r2.expr), w(r2.end), r2.symbol].filter(L).join(" ");
          case "set":
            return [w(t2), r2.parameter, w(r2.value && r2.value.prefix), r2.value && r2.value.expr.map(lt).join(", ")].filter(L).join(" ");
          case "return":
            return [w(t2), lt(r2.expr)].filter(L).join(" ");
          default:
            return lt(r2);
        }
      }
      function rt(r2) {
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value, o2 = [w(t2), e2];
        switch (w(t2)) {
          case "SFUNC":
            o2.push([y(n2.schema), n2.name].filter(L).join("."));
            break;
          case "STYPE":
          case "MSTYPE":
            o2.push(A(n2));
            break;
          default:
            o2.push(lt(n2));
        }
        return o2.filter(L).join(" ");
      }
      function tt(r2, t2) {
        if (r2 === "add") {
          var e2 = t2.map((function(r3) {
            var t3 = r3.name, e3 = r3.value;
            return ["PARTITION", h(t3), "VALUES", w(e3.type), "(".concat(h(e3.expr), ")")].join(" ");
          })).join(", ");
          return "(".concat(e2, ")");
        } else
          return jt(t2);
      }
      function et(r2) {
        if (!r2) return "";
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, s2 = r2.if_exists, u2 = r2.old_column, a2 = r2.prefix, i2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", b2 = [];
        switch (i2) {
          case "column":
            b2 = [St(r2)];
            break;
          case "index":
            b2 = D(r2), f2 = r2[i2];
            break;
          case "table":
          case "schema":
            f2 = y(r2[i2]);
            break;
          case "aggregate":
          case "function":
          case "domain":
          case "type":
            f2 = y(r2[i2]);
            break;
          case "algorithm":
          case "lock":
          case "table-option":
            f2 = [c2, w(r2[i2])].filter(L).join(" ");
            break;
          case "constraint":
            f2 = y(r2[i2]), b2 = [Kr(e2)];
            break;
          case "partition":
            b2 = [tt(t2, r2.partitions)];
            break;
          case "key":
            f2 = y(r2[i2]);
            break;
          default:
            f2 = [c2, r2[i2]].filter((function(r3) {
              return r3 !== null;
            })).join(" ");
        }
        var p2 = [w(t2), w(o2), w(n2), w(s2), u2 && At(u2), w(a2), f2 && f2.trim(), b2.filter(L).join(" ")];
        return l2 && p2.push(w(l2.keyword), l2.expr && At(l2.expr)), p2.filter(L).join(" ");
      }
      function nt(r2) {
        var t2 = r2.default && [w(r2.default.keyword), lt(r2.default.value)].join(" ");
        return [w(r2.mode), r2.name, A(r2.type), t2].filter(L).join(" ");
      }
      function ot(r2) {
        return (ot = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function st(r2) {
        var t2 = r2.expr_list;
        switch (w(r2.type)) {
          case "STRUCT":
          case "ROW":
            return "(".concat(jt(t2), ")");
          case "ARRAY":
            return (function(r3) {
              var t3 = r3.array_path, e2 = r3.brackets, n2 = r3.expr_list, o2 = r3.parentheses;
              if (!n2) return "[".concat(jt(t3), "]");
              var s2 = Array.isArray(n2) ? n2.map((function(r4) {
                return "(".concat(jt(r4), ")");
              })).filter(L).join(", ") : lt(n2);
              return e2 ? "[".concat(s2, "]") : o2 ? "(".concat(s2, ")") : s2;
            })(r2);
          default:
            return "";
        }
      }
      function ut(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, s2 = [w(e2)];
        return t2 && ot(t2) === "object" && (s2.length = 0, s2.push(T(t2))), s2.push(st(r2), bt(n2, "order by"), B(o2)), s2.filter(L).join("");
      }
      function at(r2) {
        return (at = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var it = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, s2 = lt(t2.expr);
        s2 = Array.isArray(s2) ? s2.join(", ") : s2;
        var u2 = r2.name, a2 = Yr(n2);
        t2.distinct && (s2 = ["DISTINCT", s2].join(" ")), t2.separator && t2.separator.delimiter && (s2 = [s2, h(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (s2 = [s2, lt(t2.separator.expr)].join(" ")), t2.orderby && (s2 = [s2, bt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (s2 = [s2, w(t2.separator.keyword), h(t2.separator.value)].filter(L).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(bt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(u2, "(").concat(s2, ")"), i2, a2, c2].filter(L).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, s2 = t2.having, u2 = "".concat(w(e2), "(").concat(lt(o2));
        return s2 && (u2 = "".concat(u2, " HAVING ").concat(w(s2.prefix), " ").concat(lt(s2.expr))), [u2 = "".concat(u2, ")"), Yr(n2)].filter(L).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = n2 === void 0 ? "" : n2, s2 = r3.separator, u2 = s2 === void 0 ? ", " : s2;
          return [e2, "(", t3 ? lt(t3).join(u2) : "", ")", o2 && " ", o2].filter(L).join("");
        })(r2), Yr(t2)].filter(L).join(" ");
      }, array: ut, assign: tr, binary_expr: M, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var s2 = 0, u2 = e2.length; s2 < u2; ++s2) t2.push(e2[s2].type.toUpperCase()), e2[s2].cond && (t2.push(lt(e2[s2].cond)), t2.push("THEN")), t2.push(lt(e2[s2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: $r, collate: pt, column_ref: At, column_definition: St, datatype: A, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, s2 = t2.source, u2 = ["".concat(w(e2), "(").concat(w(n2)), "FROM", w(o2), lt(s2)];
        return "".concat(u2.filter(L).join(" "), ")");
      }, flatten: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = ["input", "path", "outer", "recursive", "mode"].map((function(r3) {
          return (function(r4) {
            if (!r4) return "";
            var t3 = r4.type, e3 = r4.symbol, n3 = r4.value;
            return [w(t3), e3, lt(n3)].filter(L).join(" ");
          })(t2[r3]);
        })).filter(L).join(", ");
        return "".concat(w(e2), "(").concat(n2, ")");
      }, fulltext_search: function(r2) {
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, s2 = r2.mode, u2 = [w(o2), "(".concat(n2.map((function(r3) {
          return At(r3);
        })).join(", "), ")")].join(" "), a2 = [w(t2), ["(", lt(r2.expr), s2 && " ".concat(h(s2)), ")"].filter(L).join("")].join(" ");
        return [u2, a2, Nt(e2)].filter(L).join(" ");
      }, function: Wr, lambda: function(r2) {
        var t2 = r2.args, e2 = r2.expr, n2 = t2.value, o2 = t2.parentheses, s2 = n2.map(lt).join(", ");
        return [o2 ? "(".concat(s2, ")") : s2, "->", lt(e2)].join(" ");
      }, load_data: rr, insert: or, interval: br, json: function(r2) {
        var t2 = r2.keyword, e2 = r2.expr_list;
        return [w(t2), e2.map((function(r3) {
          return lt(r3);
        })).join(", ")].join(" ");
      }, json_object_arg: function(r2) {
        var t2 = r2.expr, e2 = t2.key, n2 = t2.value, o2 = t2.on, s2 = [lt(e2), "VALUE", lt(n2)];
        return o2 && s2.push("ON", "NULL", lt(o2)), s2.filter(L).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(L).join(" ");
      }, show: er, struct: ut, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [h(e2.schema), e2.name.map(h).join(".")].filter(L).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Wr(t2)].join(" ");
      }, tables: mr, unnest: dr, values: ur, window: function(r2) {
        return r2.expr.map(Hr).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = t2 === void 0 ? "@" : t2, n2 = r2.name, o2 = r2.members, s2 = r2.quoted, u2 = r2.suffix, a2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return u2 && (c2 += u2), a2.push(c2), [s2, a2.join(" "), s2].filter(L).join("");
      }
      function lt(r2) {
        if (r2) {
          var t2 = r2;
          if (r2.ast) {
            var e2 = t2.ast;
            Reflect.deleteProperty(t2, e2);
            for (var n2 = 0, o2 = Object.keys(e2); n2 < o2.length; n2++) {
              var s2 = o2[n2];
              t2[s2] = e2[s2];
            }
          }
          var u2 = t2.type;
          return u2 === "expr" ? lt(t2.expr) : it[u2] ? it[u2](t2) : h(t2);
        }
      }
      function ft(r2) {
        return r2 ? (Array.isArray(r2) || (r2 = [r2]), r2.map(lt)) : [];
      }
      function bt(r2, t2) {
        if (!Array.isArray(r2)) return "";
        var e2 = [], n2 = w(t2);
        return n2 === "ORDER BY" ? e2 = r2.map((function(r3) {
          return [lt(r3.expr), r3.type || "ASC", w(r3.nulls)].filter(L).join(" ");
        })) : e2 = r2.map((function(r3) {
          return lt(r3.expr);
        })), i(n2, e2.join(", "));
      }
      function pt(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, s2 = e2.value, u2 = [w(t2)];
          return s2 || u2.push(o2), u2.push(Array.isArray(n2) ? n2.map(h).join(".") : h(n2)), s2 && u2.push(o2), u2.push(lt(s2)), u2.filter(L).join(" ");
        }
      }
      function vt(r2) {
        return (vt = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function dt(r2, t2) {
        var e2 = Object.keys(r2);
        if (Object.getOwnPropertySymbols) {
          var n2 = Object.getOwnPropertySymbols(r2);
          t2 && (n2 = n2.filter((function(t3) {
            return Object.getOwnPropertyDescriptor(r2, t3).enumerable;
          }))), e2.push.apply(e2, n2);
        }
        return e2;
      }
      function yt(r2) {
        for (var t2 = 1; t2 < arguments.length; t2++) {
          var e2 = arguments[t2] != null ? arguments[t2] : {};
          t2 % 2 ? dt(Object(e2), !0).forEach((function(t3) {
            wt(r2, t3, e2[t3]);
          })) : Object.getOwnPropertyDescriptors ? Object.defineProperties(r2, Object.getOwnPropertyDescriptors(e2)) : dt(Object(e2)).forEach((function(t3) {
            Object.defineProperty(r2, t3, Object.getOwnPropertyDescriptor(e2, t3));
          }));
        }
        return r2;
      }
      function wt(r2, t2, e2) {
        return (t2 = (function(r3) {
          var t3 = (function(r4, t4) {
            if (vt(r4) != "object" || !r4) return r4;
            var e3 = r4[Symbol.toPrimitive];
            if (e3 !== void 0) {
              var n2 = e3.call(r4, t4 || "default");
              if (vt(n2) != "object") return n2;
              throw new TypeError("@@toPrimitive must return a primitive value.");
            }
            return (t4 === "string" ? String : Number)(r4);
          })(r3, "string");
          return vt(t3) == "symbol" ? t3 : t3 + "";
        })(t2)) in r2 ? Object.defineProperty(r2, t2, { value: e2, enumerable: !0, configurable: !0, writable: !0 }) : r2[t2] = e2, r2;
      }
      function Lt(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Ct(r3);
        })(r2) || (function(r3) {
          if (typeof Symbol < "u" && r3[Symbol.iterator] != null || r3["@@iterator"] != null) return Array.from(r3);
        })(r2) || ht(r2) || (function() {
          throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        })();
      }
      function ht(r2, t2) {
        if (r2) {
          if (typeof r2 == "string") return Ct(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return e2 === "Object" && r2.constructor && (e2 = r2.constructor.name), e2 === "Map" || e2 === "Set" ? Array.from(r2) : e2 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Ct(r2, t2) : void 0;
        }
      }
      function Ct(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function mt(r2, t2) {
        if (typeof r2 == "string") return y(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, s2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), h(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(L).join("");
        })).join("");
        return [lt(e2), s2, o2].filter(L).join("");
      }
      function Et(r2) {
        if (!r2 || r2.length === 0) return "";
        var t2, e2 = [], n2 = (function(r3, t3) {
          var e3 = typeof Symbol < "u" && r3[Symbol.iterator] || r3["@@iterator"];
          if (!e3) {
            if (Array.isArray(r3) || (e3 = ht(r3)) || t3 && r3 && typeof r3.length == "number") {
              e3 && (r3 = e3);
              var n3 = 0, o3 = function() {
              };
              return { s: o3, n: function() {
                return n3 >= r3.length ? { done: !0 } : { done: !1, value: r3[n3++] };
              }, e: function(r4) {
                throw r4;
              }, f: o3 };
            }
            throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
          }
          var s3, u2 = !0, a2 = !1;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return u2 = r4.done, r4;
          }, e: function(r4) {
            a2 = !0, s3 = r4;
          }, f: function() {
            try {
              u2 || e3.return == null || e3.return();
            } finally {
              if (a2) throw s3;
            }
          } };
        })(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, s2 = o2.brackets ? "[".concat(lt(o2.index), "]") : "".concat(o2.notation).concat(lt(o2.index));
            o2.property && (s2 = "".concat(s2, ".").concat(h(o2.property))), e2.push(s2);
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join("");
      }
      function At(r2) {
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, s2 = r2.db, u2 = r2.isDual, i2 = r2.notations, c2 = i2 === void 0 ? [] : i2, l2 = r2.options, f2 = r2.schema, b2 = r2.table, p2 = r2.parentheses, v2 = r2.suffix, d2 = r2.order_by, h2 = r2.subFields, C2 = h2 === void 0 ? [] : h2, m2 = n2 === "*" ? "*" : mt(n2, u2), E2 = [s2, f2, b2].filter(L).map((function(r3) {
          return "".concat(typeof r3 == "string" ? y(r3) : lt(r3));
        })), A2 = E2[0];
        if (A2) {
          for (var T2 = 1; T2 < E2.length; ++T2) A2 = "".concat(A2).concat(c2[T2] || ".").concat(E2[T2]);
          m2 = "".concat(A2).concat(c2[T2] || ".").concat(m2);
        }
        var _2 = [m2 = ["".concat(m2).concat(Et(t2))].concat(Lt(C2)).join("."), pt(o2), lt(l2), a("AS", lt, e2)];
        _2.push(typeof v2 == "string" ? w(v2) : lt(v2)), _2.push(w(d2));
        var g2 = _2.filter(L).join(" ");
        return p2 ? "(".concat(g2, ")") : g2;
      }
      function Tt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, s2 = r2.scale, u2 = r2.expr, a2 = A({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: s2, parentheses: n2 != null });
          if (u2 && (a2 += lt(u2)), r2.array) {
            var i2 = Br(r2);
            a2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return a2;
        }
      }
      function _t(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, s2 = r2.table, u2 = r2.on_action;
        return t2.push(w(n2)), t2.push(mr(s2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(w(o2)), u2.map((function(r3) {
          return t2.push(w(r3.type), lt(r3.value));
        })), t2.filter(L);
      }
      function gt(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, s2 = r2.comment, u2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, p2 = r2.generated, v2 = r2.auto_increment, d2 = r2.unique, y2 = r2.primary_key, m2 = r2.column_format, E2 = r2.reference_definition, A2 = r2.generated_by_default, T2 = [w(e2 && e2.action), w(e2 && e2.value)].filter(L).join(" ");
        if (p2 || t2.push(T2), f2) {
          var g2 = f2.type, I2 = f2.value;
          t2.push(g2.toUpperCase(), lt(I2));
        }
        var S2 = b().database;
        return u2 && t2.push(w(u2.keyword), h(u2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [w(r3.value), "(".concat(lt(r3.expr), ")"), w(r3.storage_type)].filter(L).join(" ");
        })(p2)), p2 && t2.push(T2), t2.push(N(v2), w(y2), w(d2), h(A2), _(s2)), t2.push.apply(t2, Lt(C(n2))), S2.toLowerCase() !== "sqlite" && t2.push(lt(i2)), t2.push.apply(t2, Lt(C(m2))), t2.push.apply(t2, Lt(C(c2))), t2.push.apply(t2, Lt(_t(E2))), t2.push(a("USING", lt, l2)), t2.filter(L).join(" ");
      }
      function It(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, s2 = r2.opclass, u2 = typeof e2 == "string" ? { type: "column_ref", table: r2.table, column: e2 } : yt(yt({}, r2), {}, { order_by: null });
        return u2.collate = null, [lt(u2), lt(n2), s2, w(t2), w(o2)].filter(L).join(" ");
      }
      function St(r2) {
        var t2 = [], e2 = At(r2.column), n2 = Tt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(gt(r2)), t2.filter(L).join(" ");
      }
      function Nt(r2) {
        return r2 ? vt(r2) === "object" ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? y(r2) : d(r2)].join(" ") : "";
      }
      function Ot(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if (n2 === "cast") return $r(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), s2 = r2.expr_list;
        if (s2) {
          var u2 = [o2], a2 = s2.map((function(r3) {
            return Ot(r3, t2);
          })).join(", ");
          return u2.push([w(n2), n2 && "(", a2, n2 && ")"].filter(L).join("")), u2.filter(L).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && e2.type !== "cast" && (o2 = "(".concat(o2, ")")), e2.array_index && e2.type !== "column_ref" && e2.type !== "function" && (o2 = "".concat(o2).concat(Et(e2.array_index))), [o2, Nt(r2.as)].filter(L).join(" ");
      }
      function Rt(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || t2.type !== "dual");
      }
      function jt(r2, t2) {
        if (!r2 || r2 === "*") return r2;
        var e2 = Rt(t2);
        return r2.map((function(r3) {
          return Ot(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", s2 = t2.join(o2);
        return e2 ? "(".concat(s2, ")") : s2;
      }, it.select = function(r2) {
        var t2 = at(r2._next) === "object" ? or(r2) : q(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, it.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = t2 === "-" || t2 === "+" || t2 === "~" || t2 === "!" ? "" : " ", s2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(s2, ")") : s2;
      }, it.map_object = function(r2) {
        var t2 = r2.keyword, e2 = r2.expr.map((function(r3) {
          return [h(r3.key), h(r3.value)].join(", ");
        })).join(", ");
        return [w(t2), "[".concat(e2, "]")].join("");
      };
      var xt = e(0);
      function kt(r2) {
        return (kt = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Dt, Mt, Pt = (Ut = {}, Dt = "mysql", Mt = xt.parse, (Dt = (function(r2) {
        var t2 = (function(r3, t3) {
          if (kt(r3) != "object" || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (e2 !== void 0) {
            var n2 = e2.call(r3, t3 || "default");
            if (kt(n2) != "object") return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return (t3 === "string" ? String : Number)(r3);
        })(r2, "string");
        return kt(t2) == "symbol" ? t2 : t2 + "";
      })(Dt)) in Ut ? Object.defineProperty(Ut, Dt, { value: Mt, enumerable: !0, configurable: !0, writable: !0 }) : Ut[Dt] = Mt, Ut);
      function Gt(r2) {
        return (Gt = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function Ft(r2, t2) {
        var e2 = typeof Symbol < "u" && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if (typeof r3 == "string") return Ht(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return e3 === "Object" && r3.constructor && (e3 = r3.constructor.name), e3 === "Map" || e3 === "Set" ? Array.from(r3) : e3 === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? Ht(r3, t3) : void 0;
            }
          })(r2)) || t2 && r2 && typeof r2.length == "number") {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: !0 } : { done: !1, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
        }
        var s2, u2 = !0, a2 = !1;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = !0, s2 = r3;
        }, f: function() {
          try {
            u2 || e2.return == null || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function Ht(r2, t2) {
        (t2 == null || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Yt(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || !1, n2.configurable = !0, "value" in n2 && (n2.writable = !0), Object.defineProperty(r2, Bt(n2.key), n2);
        }
      }
      function Bt(r2) {
        var t2 = (function(r3, t3) {
          if (Gt(r3) != "object" || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (e2 !== void 0) {
            var n2 = e2.call(r3, t3 || "default");
            if (Gt(n2) != "object") return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return (t3 === "string" ? String : Number)(r3);
        })(r2, "string");
        return Gt(t2) == "symbol" ? t2 : t2 + "";
      }
      var $t = (function() {
        return (function(r2, t2, e2) {
          return t2 && Yt(r2.prototype, t2), e2 && Yt(r2, e2), Object.defineProperty(r2, "prototype", { writable: !1 }), r2;
        })((function r2() {
          (function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : s, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : s;
          return p(t2), gr(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : s;
          return p(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : s;
          if (p(e2), !r2 || r2 === "*") return [];
          var n2 = Rt(t2);
          return r2.map((function(r3) {
            return Ot(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : s, e2 = t2.database, n2 = e2 === void 0 ? "mysql" : e2;
          p(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](t2.trimQuery === !1 ? r2 : r2.trim(), t2.parseOptions || s.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : s;
          if (t2 && t2.length !== 0) {
            var n2 = e2.type, o2 = n2 === void 0 ? "table" : n2;
            if (!this["".concat(o2, "List")] || typeof this["".concat(o2, "List")] != "function") throw new Error("".concat(o2, " is not valid check mode"));
            var u2, a2 = this["".concat(o2, "List")].bind(this), i2 = a2(r2, e2), c2 = !0, l2 = "", f2 = Ft(i2);
            try {
              for (f2.s(); !(u2 = f2.n()).done; ) {
                var b2, p2 = u2.value, v2 = !1, d2 = Ft(t2);
                try {
                  for (d2.s(); !(b2 = d2.n()).done; ) {
                    var y2 = b2.value, w2 = new RegExp("^".concat(y2, "$"), "i");
                    if (w2.test(p2)) {
                      v2 = !0;
                      break;
                    }
                  }
                } catch (r3) {
                  d2.e(r3);
                } finally {
                  d2.f();
                }
                if (!v2) {
                  l2 = p2, c2 = !1;
                  break;
                }
              }
            } catch (r3) {
              f2.e(r3);
            } finally {
              f2.f();
            }
            if (!c2) throw new Error("authority = '".concat(l2, "' is required in ").concat(o2, " whiteList to execute SQL = '").concat(r2, "'"));
          }
        } }, { key: "tableList", value: function(r2, t2) {
          var e2 = this.parse(r2, t2);
          return e2 && e2.tableList;
        } }, { key: "columnList", value: function(r2, t2) {
          var e2 = this.parse(r2, t2);
          return e2 && e2.columnList;
        } }]);
      })();
      function Wt(r2) {
        return (Wt = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && typeof Symbol == "function" && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      (typeof self > "u" ? "undefined" : Wt(self)) === "object" && self && (self.NodeSQLParser = { Parser: $t, util: n }), typeof global > "u" && (typeof window > "u" ? "undefined" : Wt(window)) === "object" && window && (window.global = window), (typeof global > "u" ? "undefined" : Wt(global)) === "object" && global && global.window && (global.window.NodeSQLParser = { Parser: $t, util: n });
    }]));
  }
});
export default require_mysql();
