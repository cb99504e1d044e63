#pragma once
// Traditional → simplified Chinese with OpenCC (the t2s configuration Debian ships in /usr/share/opencc).
// Mainland users write simplified Chinese; text pasted from scraped pages and searches typed in traditional
// characters are converted so that they match what is stored.
#include <string>
#include <string_view>

namespace zhixie::text {

// Converts traditional characters and phrases to simplified ones; simplified text comes back unchanged.
// Throws std::runtime_error when OpenCC's configuration cannot be loaded.
std::string to_simplified(std::string_view s);

}  // namespace zhixie::text
