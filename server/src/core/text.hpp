#pragma once
// Small text utilities shared by every layer.
#include <string>
#include <string_view>
#include <vector>

namespace zhixie::text {

// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view s);

std::string trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string to_lower_ascii(std::string_view s);
// Decodes %XX and '+' (query strings); returns false on a malformed escape.
bool url_decode(std::string_view in, std::string& out, bool plus_is_space);

}  // namespace zhixie::text
