#include "text/web_paste.hpp"

#include <array>
#include <cstdio>

#include "text/opencc.hpp"

namespace zhixie::text {

namespace {

// The code point at s[i] and its length in bytes; a malformed byte reads as itself, one byte long.
char32_t decode(std::string_view s, size_t i, size_t& len) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + static_cast<size_t>(n) > s.size()) {
        len = 1;
        return c;
    }
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    len = static_cast<size_t>(n);
    return cp;
}

size_t length(std::string_view s) {
    size_t n = 0, len = 0;
    for (size_t i = 0; i < s.size(); i += len, ++n)
        decode(s, i, len);
    return n;
}

bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F);
}

// Letters of Hanyu Pinyin with tone marks; vowels (and the syllabic nasals ń ň ǹ ḿ) make a syllable.
constexpr std::array<char32_t, 31> kToned = {0x101, 0xE1,  0x1CE, 0xE0,  0x113,  0xE9,  0x11B, 0xE8,
                                             0x12B, 0xED,  0x1D0, 0xEC,  0x14D,  0xF3,  0x1D2, 0xF2,
                                             0x16B, 0xFA,  0x1D4, 0xF9,  0x1D6,  0x1D8, 0x1DA, 0x1DC,
                                             0xFC,  0x144, 0x148, 0x1F9, 0x1E3F, 0xEA,  0x1EBF};

bool pinyin_letter(char32_t c, bool& vowel) {
    if (c >= 'a' && c <= 'z') {
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'v') vowel = true;
        return true;
    }
    for (char32_t t : kToned)
        if (c == t) return vowel = true;
    return false;
}

bool is_open(char32_t c) {
    return c == '(' || c == U'（';
}
bool is_close(char32_t c) {
    return c == ')' || c == U'）';
}

// Spaces at either end, including the ideographic space and no-break space pages are full of.
std::string trim_all(std::string_view s) {
    size_t b = 0, e = s.size(), len = 0;
    auto space = [](char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0; };
    while (b < e && space(decode(s, b, len)))
        b += len;
    while (e > b) {
        size_t k = e - 1;
        while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80)
            --k;
        if (!space(decode(s, k, len))) break;
        e = k;
    }
    return std::string(s.substr(b, e - b));
}

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) {
    return s.find(p) != std::string_view::npos;
}
template <size_t N>
bool starts_with_any(std::string_view s, const std::array<std::string_view, N>& ps) {
    for (auto p : ps)
        if (starts_with(s, p)) return true;
    return false;
}
template <size_t N>
bool contains_any(std::string_view s, const std::array<std::string_view, N>& ps) {
    for (auto p : ps)
        if (contains(s, p)) return true;
    return false;
}

// Whitespace-separated words (ASCII and ideographic spaces).
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    size_t len = 0;
    for (size_t i = 0; i < s.size(); i += len) {
        char32_t c = decode(s, i, len);
        if (c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0) {
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.append(s.substr(i, len));
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

// "2020-11-24 09:20", "2022/6/16", "2022年6月16日" at the start of a line → "2020-11-24".
std::string leading_date(std::string_view s) {
    int y = 0, m = 0, d = 0, used = 0;
    std::string head(s.substr(0, 40));
    bool ok = std::sscanf(head.c_str(), "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 ||
              std::sscanf(head.c_str(), "%4d/%2d/%2d%n", &y, &m, &d, &used) == 3 ||
              std::sscanf(head.c_str(), "%4d.%2d.%2d%n", &y, &m, &d, &used) == 3 ||
              std::sscanf(head.c_str(), "%4d年%2d月%2d日%n", &y, &m, &d, &used) == 3;
    if (!ok || y < 1949 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

// The text after "来源：" up to the next space.
std::string source_of(std::string_view s) {
    auto at = s.find("来源");
    if (at == std::string_view::npos) return {};
    std::string_view rest = s.substr(at + std::string_view("来源").size());
    for (std::string_view sep : {":", "：", " "})
        if (starts_with(rest, sep)) rest.remove_prefix(sep.size());
    auto w = words(rest);
    return w.empty() ? std::string() : w.front();
}

constexpr std::array<std::string_view, 9> kBylineRoles = {"记者",     "通讯员", "作者", "撰稿", "供稿",
                                                          "责任编辑", "编辑",   "摄影", "来稿"};
constexpr std::array<std::string_view, 8> kBullets = {"□", "■", "●", "◆", "▲", "★", "·", "◇"};

// The line without a leading bullet mark and spaces.
std::string_view without_bullet(std::string_view s) {
    for (bool again = true; again;) {
        again = false;
        for (auto b : kBullets)
            if (starts_with(s, b)) {
                s.remove_prefix(b.size());
                again = true;
            }
        while (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
    }
    return s;
}

bool is_byline(std::string_view line) {
    if (length(line) > 60) return false;
    std::string_view s = without_bullet(line);
    for (auto role : kBylineRoles) {
        if (!starts_with(s, role)) continue;
        std::string_view rest = s.substr(role.size());
        if (rest.empty() || starts_with(rest, " ") || starts_with(rest, ":") || starts_with(rest, "：") ||
            starts_with(rest, "\xE3\x80\x80") || starts_with(rest, "｜"))
            return true;
    }
    size_t len = 0;
    bool bracketed = !s.empty() && is_open(decode(s, 0, len));
    return bracketed && contains_any(s, std::array<std::string_view, 4>{"供稿", "供图", "来稿", "通讯员"});
}

// Names in a byline: words of two to four Chinese characters that are neither a role nor a unit.
void add_authors(std::string_view line, std::vector<std::string>& authors) {
    std::string_view s = without_bullet(line);
    if (starts_with(s, "编辑") || starts_with(s, "责任编辑") || starts_with(s, "摄影")) return;
    std::string cleaned;
    size_t len = 0;
    for (size_t i = 0; i < s.size(); i += len) {
        char32_t c = decode(s, i, len);
        cleaned += is_open(c) || is_close(c) || c == ':' || c == U'：' ? std::string(" ")
                                                                       : std::string(s.substr(i, len));
    }
    for (auto role : kBylineRoles)
        for (auto at = cleaned.find(role); at != std::string::npos; at = cleaned.find(role))
            cleaned.replace(at, role.size(), " ");
    for (const auto& w : words(cleaned)) {
        size_t n = 0, all_han = 0;
        for (size_t i = 0; i < w.size(); i += len, ++n)
            all_han += is_han(decode(w, i, len)) ? 1 : 0;
        if (n >= 2 && n <= 4 && all_han == n) authors.push_back(w);
    }
}

std::string classify(std::string_view t) {
    size_t underscores = 0;
    for (char c : t)
        underscores += c == '_' || c == '|' ? 1 : 0;
    if (underscores >= 2 && !contains(t, "。") && !contains(t, "，")) return "page_title";
    if (contains_any(t, std::array<std::string_view, 7>{"仅代表作者", "本网只是转载", "转载请注明", "版权归",
                                                        "免责声明", "如涉及作品内容", "版权所有"}))
        return "disclaimer";
    if (starts_with_any(t, std::array<std::string_view, 14>{
                               "字体大小", "字体：", "字号", "【字体", "【打印", "打印本页", "关闭窗口",
                               "分享到", "上一篇", "下一篇", "扫一扫", "返回顶部", "浏览次数", "阅读次数"}))
        return "page_chrome";
    bool short_line = length(t) <= 80 && !contains(t, "。");
    // a breadcrumb ("首页 > 新闻中心_清涧政协网", "当前位置：首页 » 工作动态") is the page's, not the
    // article's
    if (short_line && (starts_with_any(t, std::array<std::string_view, 3>{"首页", "当前位置", "您的位置"}) ||
                       contains_any(t, std::array<std::string_view, 4>{" > ", "＞", "›", "»"})))
        return "page_chrome";
    if (short_line &&
        (!leading_date(t).empty() ||
         starts_with_any(t, std::array<std::string_view, 4>{"来源", "发布时间", "发布日期", "时间："})))
        return "dateline";
    if (is_byline(t)) return "byline";
    return {};
}

bool is_headline(std::string_view t) {
    size_t n = length(t);
    return n >= 5 && n <= 40 &&
           !contains_any(t, std::array<std::string_view, 6>{"。", "，", ",", "；", "：", ":"});
}

// "?坚持…" — a bullet the page's encoding lost — keeps the words only.
std::string without_lost_bullet(const std::string& t, int& removed) {
    for (std::string_view mark : {"?", "？"}) {
        if (!starts_with(t, mark) || t.size() <= mark.size()) continue;
        size_t len = 0;
        if (!is_han(decode(t, mark.size(), len))) continue;
        ++removed;
        return t.substr(mark.size());
    }
    return t;
}

}  // namespace

std::string strip_inline_pinyin(std::string_view s, int* removed) {
    std::string out;
    out.reserve(s.size());
    int count = 0;
    char32_t prev = 0;
    size_t len = 0;
    for (size_t i = 0; i < s.size();) {
        char32_t c = decode(s, i, len);
        if (is_open(c) && is_han(prev)) {
            size_t j = i + len, l2 = 0;
            int letters = 0;
            bool vowel = false;
            for (; j < s.size() && !is_close(decode(s, j, l2)); j += l2, ++letters)
                if (!pinyin_letter(decode(s, j, l2), vowel)) break;
            if (j < s.size() && is_close(decode(s, j, l2)) && letters >= 1 && letters <= 7 && vowel) {
                i = j + l2;  // the character before stays; the annotation goes
                ++count;
                continue;
            }
        }
        out.append(s.substr(i, len));
        prev = c;
        i += len;
    }
    if (removed) *removed = count;
    return out;
}

PastedArticle clean_pasted_article(std::string_view pasted) {
    PastedArticle a;
    const std::string raw = strip_inline_pinyin(pasted, &a.pinyin_removed);
    const std::string simplified = to_simplified(raw);
    a.converted = simplified != raw;
    bool body_started = false;
    int number = 0;
    size_t start = 0;
    while (start <= simplified.size()) {
        size_t end = simplified.find('\n', start);
        if (end == std::string::npos) end = simplified.size();
        ++number;
        std::string t = without_lost_bullet(trim_all(std::string_view(simplified).substr(start, end - start)),
                                            a.marks_removed);
        start = end + 1;
        if (t.empty()) continue;
        std::string reason = classify(t);
        if (reason.empty() && !body_started && a.title.empty() && is_headline(t)) {
            reason = "title";
            a.title = t;
        }
        if (reason.empty()) {
            a.text += (a.text.empty() ? "" : "\n") + t;
            body_started = true;
            continue;
        }
        if (reason == "dateline") {
            if (a.published_on.empty()) a.published_on = leading_date(t);
            if (a.outlet.empty()) a.outlet = source_of(t);
        }
        if (reason == "byline") add_authors(t, a.authors);
        a.flagged.push_back({number, t, reason});
    }
    return a;
}

}  // namespace zhixie::text
