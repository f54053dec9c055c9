#!/usr/bin/env python3
"""Writes the G6 hostile-input corpus (src/test/resources/hostile/corpus.jsonl): one request a line, every one of
which the suite must refuse with a 4xx, write nothing for and connect nowhere for. Deterministic: run it again
after changing it and commit both. Run: python3 system-tests/corpus/generate.py"""
import json, os, random

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "hostile", "corpus.jsonl")
random.seed(20261202)
cases = []

def case(group, name, method, path, body=None, auth="none", headers=None, repeat=None, chunked=False):
    c = {"group": group, "name": name, "method": method, "path": path, "auth": auth}
    if body is not None:
        c["body"] = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    if headers:
        c["headers"] = headers
    if repeat:
        c["repeat"] = repeat  # {"prefix", "unit", "times", "suffix"}: a body too large to keep in the file
    if chunked:
        c["chunked"] = True   # sent without Content-Length
    cases.append(c)

NEWSROOM = "/api/newsroom/articles"
SUBSCRIBE = "/api/subscriptions"
JSON_HEADERS = {"Content-Type": "application/json"}

def story(**over):
    s = {"title": "เทศบาลนครขอนแก่นเปิดตลาดชุมชน", "summary": "สรุป", "body": "<p>เนื้อหา</p>",
         "section": "local-government", "tags": ["ตลาด"], "provinces": ["TH-40"],
         "localGovernmentUnits": ["ทน.ขอนแก่น"], "authors": ["กองบรรณาธิการ"], "breaking": False}
    s.update(over)
    return s

def hook(url, **interests):
    i = {"all": True}
    i.update(interests)
    return {"channel": "webhook", "url": url, "interests": i}

# --- malformed JSON -----------------------------------------------------------------------------------
malformed = ['', '{', '}', '{"title":', '{"title": "x",}', "{'title': 'x'}", '{"title": NaN}', '[1,2', 'null',
             '"just a string"', '42', 'true', '{"title": "x"} trailing', '{"title": "\\ud800"}', '/* c */ {}',
             '\ufeff{"title":"x"}', '{"a":1}{"b":2}', '{"title": undefined}', '{"title": 0x10}', '{,}',
             '{"title": "x" "summary": "y"}', '{"": }', '[[[[[]]]]', '{"title": "unterminated}', '\u0000',
             '{"title": 1e999999}', '{"breaking": tru}', '{"tags": [,]}', '<xml/>', 'title=x&summary=y']
for target in (NEWSROOM, SUBSCRIBE):
    auth = "client" if target == NEWSROOM else "none"
    for i, text in enumerate(malformed):
        case("malformed-json", f"{target} malformed #{i}", "POST", target, text, auth, JSON_HEADERS)
# wrong types and missing fields
wrong_types = [("title", 1), ("title", None), ("title", ["x"]), ("title", {"x": 1}), ("summary", 5), ("body", True),
               ("section", 7), ("tags", "ตลาด"), ("tags", [1, 2]), ("provinces", "TH-40"), ("provinces", [40]),
               ("breaking", "yes"), ("breaking", 1), ("authors", {"a": 1}), ("coverImage", "https://x"),
               ("coverImage", {"url": 5}), ("localGovernmentUnits", [None])]
for field, value in wrong_types:
    case("malformed-json", f"newsroom {field} as {type(value).__name__}", "POST", NEWSROOM, story(**{field: value}),
         "client", JSON_HEADERS)
# a draft may lack its summary and have an empty body; a title, a body and a section it must have
for field in ("title", "body", "section"):
    s = story(); del s[field]
    case("malformed-json", f"newsroom without {field}", "POST", NEWSROOM, s, "client", JSON_HEADERS)
for field in ("title", "section"):
    s = story(**{field: "  "})
    case("malformed-json", f"newsroom blank {field}", "POST", NEWSROOM, s, "client", JSON_HEADERS)
for value in ("", "   ", "carrier-pigeon", "WEBHOOK", None, 1, ["webhook"]):
    case("malformed-json", f"subscription channel {value!r}", "POST", SUBSCRIBE,
         {"channel": value, "url": "https://example.com/h", "interests": {"all": True}}, "none", JSON_HEADERS)
for interests in (None, "all", [], {"all": "yes"}, {"provinces": "TH-40"}, {"sections": [1]},
                  {"keywords": ["x" * 101]}, {"keywords": [""]}, {"provinces": ["TH-99"]}, {"provinces": ["XX-40"]},
                  {"sections": ["no-such-section"]}, {"tags": ["t"] * 21}, {"all": False}):
    case("malformed-json", f"subscription interests {json.dumps(interests)[:40]}", "POST", SUBSCRIBE,
         {"channel": "webhook", "url": "https://example.com/h", "interests": interests}, "none", JSON_HEADERS)

# --- deep and huge JSON --------------------------------------------------------------------------------
for depth in (100, 1000, 5000, 20000):
    for target, auth in ((NEWSROOM, "client"), (SUBSCRIBE, "none")):
        case("deep-json", f"{target} array depth {depth}", "POST", target, "[" * depth + "]" * depth, auth,
             JSON_HEADERS)
        case("deep-json", f"{target} object depth {depth}", "POST", target,
             '{"a":' * depth + '1' + '}' * depth, auth, JSON_HEADERS)
        case("deep-json", f"{target} tags nested depth {depth}", "POST", target,
             '{"title":"x","tags":' + "[" * depth + "]" * depth + '}', auth, JSON_HEADERS)
for n in (1_000, 10_000):
    case("huge-json", f"subscription {n} provinces", "POST", SUBSCRIBE, None, "none", JSON_HEADERS,
         {"prefix": '{"channel":"webhook","url":"https://example.com/h","interests":{"provinces":["TH-40"',
          "unit": ',"TH-40"', "times": n, "suffix": "]}}"})
case("huge-json", "newsroom 100k tags", "POST", NEWSROOM, None, "client", JSON_HEADERS,
     {"prefix": '{"title":"x","summary":"y","body":"z","section":"local-government","tags":["t"', "unit": ',"t"',
      "times": 100_000, "suffix": "]}"})
case("huge-json", "newsroom 10k-char title", "POST", NEWSROOM, None, "client", JSON_HEADERS,
     {"prefix": '{"summary":"y","body":"z","section":"local-government","title":"', "unit": "ก", "times": 10_000,
      "suffix": '"}'})
case("huge-json", "newsroom 100k-char summary", "POST", NEWSROOM, None, "client", JSON_HEADERS,
     {"prefix": '{"title":"x","body":"z","section":"local-government","summary":"', "unit": "ข", "times": 100_000,
      "suffix": '"}'})

# --- oversize bodies, with and without Content-Length --------------------------------------------------
for chunked in (False, True):
    how = "chunked" if chunked else "with length"
    case("oversize", f"subscription 65 KB {how}", "POST", SUBSCRIBE, None, "none", JSON_HEADERS,
         {"prefix": '{"channel":"webhook","url":"https://example.com/h","x":"', "unit": "a", "times": 66_000,
          "suffix": '"}'}, chunked)
    case("oversize", f"subscription 2 MB {how}", "POST", SUBSCRIBE, None, "none", JSON_HEADERS,
         {"prefix": '{"a":"', "unit": "aaaaaaaa", "times": 262_144, "suffix": '"}'}, chunked)
    case("oversize", f"newsroom 5 MB {how}", "POST", NEWSROOM, None, "client", JSON_HEADERS,
         {"prefix": '{"title":"x","body":"', "unit": "ก" * 8, "times": 220_000, "suffix": '"}'}, chunked)
    case("oversize", f"unsubscribe 1 MB {how}", "POST", "/api/unsubscribe?token=x", None, "none", JSON_HEADERS,
         {"prefix": "", "unit": "a" * 64, "times": 16_384, "suffix": ""}, chunked)
    case("oversize", f"site form 1 MB {how}", "POST", "/search", None, "none",
         {"Content-Type": "application/x-www-form-urlencoded"},
         {"prefix": "q=", "unit": "a" * 64, "times": 16_384, "suffix": ""}, chunked)

# --- mass assignment -----------------------------------------------------------------------------------
for field, value in (("id", 1), ("slug", "x"), ("status", "published"), ("version", 99), ("createdAt",
                     "2020-01-01T00:00:00Z"), ("updatedAt", "2020-01-01T00:00:00Z"), ("publishedAt",
                     "2020-01-01T00:00:00Z"), ("createdBy", "admin"), ("imported", True), ("scheduledFor",
                     "2030-01-01T00:00:00Z"), ("revision", 3), ("isAdmin", True), ("roles", ["admin"])):
    case("mass-assignment", f"newsroom sets {field}", "POST", NEWSROOM, story(**{field: value}), "client",
         JSON_HEADERS)
for field, value in (("id", "x"), ("manageToken", "x"), ("secret", "whsec_x"), ("status", "active"),
                     ("createdAt", "2020-01-01T00:00:00Z"), ("disabledReason", None), ("confirmed", True),
                     ("tokenHash", "x"), ("failures", 0)):
    b = hook("https://example.com/h"); b[field] = value
    case("mass-assignment", f"subscription sets {field}", "POST", SUBSCRIBE, b, "none", JSON_HEADERS)

# --- XSS payloads where the API takes no markup --------------------------------------------------------
xss = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
       '<svg/onload=alert(1)>', "'-alert(1)-'", '<iframe src="javascript:alert(1)">', '{{7*7}}', '${7*7}',
       '<a href="javascript:alert(1)">x</a>', '\u003cscript\u003e', '%3Cscript%3E', '<body onload=alert(1)>']
for p in xss:
    case("xss", f"newsroom section {p[:20]}", "POST", NEWSROOM, story(section=p), "client", JSON_HEADERS)
    case("xss", f"newsroom province {p[:20]}", "POST", NEWSROOM, story(provinces=[p]), "client", JSON_HEADERS)
    case("xss", f"newsroom lgu {p[:20]}", "POST", NEWSROOM, story(localGovernmentUnits=[p]), "client", JSON_HEADERS)
    case("xss", f"newsroom cover url {p[:20]}", "POST", NEWSROOM, story(coverImage={"url": p, "alt": "x"}), "client",
         JSON_HEADERS)
    case("xss", f"subscription url {p[:20]}", "POST", SUBSCRIBE, hook(p), "none", JSON_HEADERS)
    case("xss", f"subscription email {p[:20]}", "POST", SUBSCRIBE,
         {"channel": "email", "email": p, "interests": {"all": True}}, "none", JSON_HEADERS)
    case("xss", f"subscription province {p[:20]}", "POST", SUBSCRIBE,
         hook("https://example.com/h", provinces=[p]), "none", JSON_HEADERS)
    case("xss", f"subscription section {p[:20]}", "POST", SUBSCRIBE,
         hook("https://example.com/h", sections=[p]), "none", JSON_HEADERS)
    case("xss", f"feed section filter {p[:20]}", "GET", "/api/articles?section=" + p.replace("&", "%26")
         .replace("#", "%23").replace(" ", "%20").replace('"', "%22").replace("<", "%3C").replace(">", "%3E")
         .replace("{", "%7B").replace("}", "%7D").replace("'", "%27"))
for p in ("javascript:alert(1)", "data:text/html,<script>alert(1)</script>"):
    case("xss", f"newsroom cover scheme {p[:20]}", "POST", NEWSROOM, story(coverImage={"url": p, "alt": "x"}),
         "client", JSON_HEADERS)

# --- SSRF targets (the suite runs with the local profile, which allows loopback http: loopback targets are
#     covered by notification-service's own IT; here every other forbidden kind) ---------------------------
ssrf_hosts = ["10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1", "192.168.1.1",
              "169.254.169.254", "169.254.0.1", "100.64.0.1", "0.0.0.0", "0", "224.0.0.1", "239.255.255.250",
              "255.255.255.255", "198.18.0.1", "[fc00::1]", "[fd00::1]", "[fe80::1]", "[ff02::1]", "[::]",
              "[::ffff:10.0.0.1]", "[::ffff:169.254.169.254]", "[::ffff:192.168.0.1]", "[64:ff9b::10.0.0.1]",
              "[64:ff9b::a9fe:a9fe]", "[2001:db8::1]", "167772161", "2852039166", "3232235521", "012.0.0.1",
              "0x0a.0.0.1", "0xa9fea9fe", "0251.0376.0251.0376", "10.1", "192.168.1", "169.254.43518",
              "metadata.google.internal", "no-such-host.invalid", "localnews.internal", "printer.lan",
              "[0:0:0:0:0:ffff:a00:1]", "[::ffff:a9fe:a9fe]"]
for host in ssrf_hosts:
    for scheme in ("https", "http"):
        for path in ("/hook", ":8443/hook"):
            case("ssrf", f"webhook {scheme}://{host}{path}", "POST", SUBSCRIBE, hook(f"{scheme}://{host}{path}"),
                 "none", JSON_HEADERS)
    case("ssrf", f"push endpoint https://{host}/push", "POST", SUBSCRIBE,
         {"channel": "webpush", "subscription": {"endpoint": f"https://{host}/push",
          "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                   "auth": "tBHItJI5svbpez7KI4CCXg"}}, "interests": {"all": True}}, "none", JSON_HEADERS)
for url in ("http://example.com/hook", "ftp://example.com/h", "file:///etc/passwd", "gopher://example.com:70/x",
            "dict://example.com:11211/", "ldap://example.com/", "jar:https://example.com!/x", "https://",
            "https:///hook", "//example.com/hook", "example.com/hook", "https://example.com@10.0.0.1/h",
            "https://10.0.0.1#@example.com/h", "https://10.0.0.1\\@example.com/h", "https://user:pw@10.0.0.1/h",
            "https://exa mple.com/h", "https://example.com:99999/h", "https://example.com:-1/h", "HTTPS://10.0.0.1/h",
            "https://%31%30.0.0.1/h", "https://10.0.0.1%00.example.com/h", "https://[::1/h",
            "https://" + "a" * 300 + ".com/h", "https://example.com/" + "p" * 5000, "wss://example.com/h"):
    case("ssrf", f"webhook {url[:60]}", "POST", SUBSCRIBE, hook(url), "none", JSON_HEADERS)

# --- bad push subscriptions and e-mail -----------------------------------------------------------------
good_p256 = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM"
for name, keys in (("short p256dh", {"p256dh": "BNcRdre", "auth": "tBHItJI5svbpez7KI4CCXg"}),
                   ("short auth", {"p256dh": good_p256, "auth": "tBH"}),
                   ("not on curve", {"p256dh": "B" + "A" * 86, "auth": "tBHItJI5svbpez7KI4CCXg"}),
                   ("not base64", {"p256dh": "!!!!", "auth": "****"}), ("missing keys", {}),
                   ("null auth", {"p256dh": good_p256, "auth": None})):
    case("push", f"push {name}", "POST", SUBSCRIBE, {"channel": "webpush", "subscription": {
        "endpoint": "https://push.example.com/x", "keys": keys}, "interests": {"all": True}}, "none", JSON_HEADERS)
case("push", "push http endpoint", "POST", SUBSCRIBE, {"channel": "webpush", "subscription": {
    "endpoint": "http://push.example.com/x", "keys": {"p256dh": good_p256, "auth": "tBHItJI5svbpez7KI4CCXg"}},
    "interests": {"all": True}}, "none", JSON_HEADERS)
for email in ("", "plainaddress", "@example.com", "a@", "a@@example.com", "a b@example.com", "a@example..com",
              "a@-example.com", "a" * 300 + "@example.com", "a@example.com\r\nBcc: x@example.com",
              "a@[127.0.0.1]", "a@localhost", "<a@example.com>", "a@example.com,b@example.com", "\"a\"@example.com\n"):
    case("email", f"email {email[:30]!r}", "POST", SUBSCRIBE, {"channel": "email", "email": email,
         "interests": {"all": True}}, "none", JSON_HEADERS)

# --- forged and missing tokens on the newsroom ----------------------------------------------------------
forgeries = ["none", "garbage", "alg-none", "hs256-with-public-key", "expired", "not-yet-valid", "wrong-issuer",
             "wrong-audience", "no-signature", "other-rsa-key", "unknown-kid", "basic-auth", "reader-role",
             "tampered-payload", "empty-bearer"]
for forged in forgeries:
    for method, path, body in (("GET", NEWSROOM, None), ("POST", NEWSROOM, story()),
                               ("POST", NEWSROOM + "/1/publish", None), ("POST", NEWSROOM + "/1/retract", None),
                               ("PUT", NEWSROOM + "/1", story()), ("POST", NEWSROOM + "/import",
                                                                   story(publishedAt="2024-02-14T10:00:00+07:00")),
                               ("GET", NEWSROOM + "/1/revisions", None)):
        case("forged-jwt", f"{forged} {method} {path}", method, path, body, "forged:" + forged,
             JSON_HEADERS if body else None)

# --- paths, methods, headers, parameters ---------------------------------------------------------------
for method in ("PUT", "DELETE", "PATCH", "TRACE"):
    for path in ("/api/articles", "/api/search?q=x", "/api/sections", "/rss.xml", "/sitemap.xml", SUBSCRIBE):
        case("method", f"{method} {path}", method, path)
for path in ("/actuator/env", "/actuator/heapdump", "/actuator/rebuild", "/actuator/../actuator/env",
             "/api/../actuator/env", "/api/%2e%2e/actuator/env", "/api/articles/%2e%2e/%2e%2e/actuator/env",
             "/api/internal/bounces", "/api/%69nternal/bounces", "/api/articles/..%2f..%2factuator", "/%00",
             "/api/articles/%00", "/api/articles/999999999999999999999999", "/api/articles/-1",
             "/api/articles/" + "9" * 5000, "/" + "a/" * 3000, "/api/articles/%ff%fe", "/api/articles/%",
             "/articles/999999999/x", "/articles/<script>/x", "/sections/%3Cscript%3E", "/api/subscriptions/x",
             "/api/subscriptions/00000000-0000-0000-0000-000000000000", "/WEB-INF/web.xml", "/.git/config",
             "/.env", "/api/newsroom", "/oauth2/authorize?response_type=token&client_id=x",
             "/api/articles?limit=-1", "/api/articles?limit=0", "/api/articles?limit=1000000",
             "/api/articles?limit=abc", "/api/articles?cursor=garbage", "/api/articles?cursor=" + "A" * 5000,
             "/api/articles?province=TH-99", "/api/articles?province=<x>", "/api/search",
             "/api/search?q=", "/api/search?q=" + "ก" * 3000, "/api/search?q=x&cursor=garbage",
             "/api/search?q=%00", "/sections/no-such-section/rss.xml", "/api/unsubscribe"):
        case("path", f"GET {path[:70]}", "GET", path)
case("path", "POST unsubscribe without token", "POST", "/api/unsubscribe", "")
case("path", "POST unsubscribe with a wrong token", "POST", "/api/unsubscribe?token=" + "x" * 43, "")
case("path", "DELETE subscription without token", "DELETE", "/api/subscriptions/00000000-0000-0000-0000-000000000000")
for ct in ("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
           "application/json; charset=utf-7", "image/png"):
    case("header", f"newsroom content-type {ct}", "POST", NEWSROOM, json.dumps(story()), "client",
         {"Content-Type": ct})
    case("header", f"subscription content-type {ct}", "POST", SUBSCRIBE,
         json.dumps(hook("https://example.com/h")), "none", {"Content-Type": ct})
case("header", "20 KB header", "GET", "/api/articles", None, "none", {"X-Padding": "a" * 20_000})
case("header", "many cookies", "GET", "/api/articles", None, "none", {"Cookie": "; ".join(f"c{i}=v" for i in range(3000))})
case("header", "If-Match garbage on replace", "PUT", NEWSROOM + "/1", json.dumps(story()), "client",
     {"Content-Type": "application/json", "If-Match": "garbage"})

# --- property-based: seeded mutations of valid requests that each break one rule -------------------------
def mutate_story(r):
    s = story(title=''.join(chr(r.randint(0x0E01, 0x0E5B)) for _ in range(r.randint(1, 60))))
    kind = r.randint(0, 5)
    if kind == 0:
        s[r.choice(["id", "status", "version", "slug", "createdBy", "publishedAt"])] = r.choice([1, "x", True])
        what = "read-only field"
    elif kind == 1:
        s["provinces"] = [f"TH-{r.choice([0, 1, 99, 100, 999, r.randint(101, 10**6)])}"]
        what = "unknown province"
    elif kind == 2:
        s["section"] = ''.join(r.choice("abcxyz-_!") for _ in range(r.randint(1, 30))) + "-nope"
        what = "unknown section"
    elif kind == 3:
        s[r.choice(["title", "summary", "section"])] = r.choice([r.randint(-10**9, 10**9), [], {}, False])
        what = "wrong type"
    elif kind == 4:
        s["unexpected" + str(r.randint(0, 10**6))] = r.random()
        what = "unknown field"
    else:
        # any name after a known prefix is taken (Thailand has ~7,800 units and no list is kept); no prefix is not
        s["localGovernmentUnits"] = ["สภา" + ''.join(chr(r.randint(0x0E01, 0x0E2E)) for _ in range(r.randint(1, 8)))]
        what = "local-government unit of no known kind"
    return s, what

def mutate_subscription(r):
    b = hook("https://example.com/h")
    kind = r.randint(0, 4)
    if kind == 0:
        first = r.choice(["10", "172", "192.168", "169.254", "100"])
        second = {"10": f".{r.randint(0, 255)}", "172": f".{r.randint(16, 31)}", "192.168": "",
                  "169.254": "", "100": f".{r.randint(64, 127)}"}[first]
        rest = ".".join(str(r.randint(0, 255)) for _ in range(4 - (first + second).count(".") - 1))
        b["url"] = f"https://{first}{second}.{rest}/h"
        what = "private address"
    elif kind == 1:
        b["interests"] = {"provinces": [f"TH-{r.randint(100, 10**5)}"]}
        what = "unknown province"
    elif kind == 2:
        b["channel"] = ''.join(r.choice("abcdefghijklmnop") for _ in range(r.randint(1, 12))) + "x"
        what = "unknown channel"
    elif kind == 3:
        b["interests"] = {"keywords": ["ก" * r.randint(101, 500)]}
        what = "keyword too long"
    else:
        b[r.choice(["id", "secret", "manageToken", "status"])] = "x"
        what = "read-only field"
    return b, what

r = random.Random(42)
for i in range(700):
    s, what = mutate_story(r)
    case("property", f"story #{i} {what}", "POST", NEWSROOM, s, "client", JSON_HEADERS)
for i in range(600):
    b, what = mutate_subscription(r)
    case("property", f"subscription #{i} {what}", "POST", SUBSCRIBE, b, "none", JSON_HEADERS)

with open(OUT, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
groups = {}
for c in cases:
    groups[c["group"]] = groups.get(c["group"], 0) + 1
print(len(cases), "cases", groups)
