#pragma once
// Pinyin for Chinese names: full syllables for sorting ("zhang san feng") and initials for quick search
// ("zsf"). ICU's Han-Latin transliterator does the work; common surnames read differently as surnames
// (单 Shan, 曾 Zeng, 解 Xie…) are corrected.
#include <string>

namespace zhixie::text {

struct Pinyin {
    std::string full;      // lower-case syllables separated by spaces
    std::string initials;  // first letter of each syllable; other characters kept as they are
};

Pinyin name_pinyin(const std::string& name);

}  // namespace zhixie::text
