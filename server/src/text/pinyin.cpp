#include "text/pinyin.hpp"

#include <map>
#include <memory>
#include <stdexcept>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace zhixie::text {

namespace {

icu::Transliterator& transliterator() {
    // Transliterators are not thread-safe: one per thread.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode e = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> p(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, e));
        if (U_FAILURE(e) || !p) throw std::runtime_error("ICU Han-Latin transliterator is unavailable");
        return p;
    }();
    return *t;
}

// Surnames whose reading differs from the character's most common reading.
const std::map<std::string, std::string>& surnames() {
    static const std::map<std::string, std::string> m = {
        {"单", "shan"}, {"曾", "zeng"},  {"解", "xie"},  {"仇", "qiu"}, {"区", "ou"},  {"朴", "piao"},
        {"查", "zha"},  {"盖", "ge"},    {"缪", "miao"}, {"乐", "yue"}, {"覃", "qin"}, {"尉", "yu"},
        {"员", "yun"},  {"种", "chong"}, {"繁", "po"},   {"柏", "bai"}, {"秘", "bi"},  {"万俟", "mo qi"},
    };
    return m;
}

std::string translit(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    transliterator().transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

Pinyin name_pinyin(const std::string& name) {
    std::string rest = name;
    std::string head;
    for (const auto& [surname, reading] : surnames()) {
        if (name.rfind(surname, 0) == 0 && name.size() > surname.size()) {
            head = reading;
            rest = name.substr(surname.size());
            break;
        }
    }
    std::string full = translit(rest);
    if (!head.empty()) full = head + " " + full;
    Pinyin p;
    // normalise spacing and build initials
    bool at_start = true;
    for (char c : full) {
        if (c == ' ') {
            if (!p.full.empty() && p.full.back() != ' ') p.full.push_back(' ');
            at_start = true;
            continue;
        }
        p.full.push_back(c);
        if (at_start) p.initials.push_back(c);
        at_start = false;
    }
    while (!p.full.empty() && p.full.back() == ' ')
        p.full.pop_back();
    return p;
}

}  // namespace zhixie::text
