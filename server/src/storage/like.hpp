#pragma once
// LIKE patterns from user text: % and _ in a search box mean themselves, never wildcards. Every LIKE that
// takes a pattern from these functions must be followed by ESCAPE '!' (kLikeEscape), the same on SQLite and
// PostgreSQL.
#include <string>
#include <string_view>

namespace zhixie::storage {

inline constexpr std::string_view kLikeEscape = " ESCAPE '!'";

inline std::string like_literal(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        if (c == '%' || c == '_' || c == '!') out.push_back('!');
        out.push_back(c);
    }
    return out;
}
inline std::string like_contains(std::string_view text) {
    return "%" + like_literal(text) + "%";
}
inline std::string like_prefix(std::string_view text) {
    return like_literal(text) + "%";
}

}  // namespace zhixie::storage
