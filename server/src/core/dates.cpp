#include "core/dates.hpp"

#include <charconv>
#include <vector>

#include <fmt/format.h>

#include "core/text.hpp"

namespace zhixie::dates {

namespace {

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool real_date(int y, int m, int d) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
    return d <= days[m - 1] + (m == 2 && leap(y) ? 1 : 0);
}

std::optional<std::string> format(int y, int m, int d) {
    if (!real_date(y, m, d)) return std::nullopt;
    return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

std::optional<int> number(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Days since 1970-01-01 → civil date (Howard Hinnant's algorithm).
std::optional<std::string> from_days(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return format(y, m, d);
}

// Replaces the separators people use between year, month and day with '-'.
std::string unify_separators(std::string_view s) {
    std::string out;
    for (size_t k = 0; k < s.size();) {
        if (s.compare(k, 3, "年") == 0 || s.compare(k, 3, "月") == 0) {
            out += '-';
            k += 3;
        } else if (s.compare(k, 3, "日") == 0) {
            k += 3;
        } else {
            out += (s[k] == '/' || s[k] == '.') ? '-' : s[k];
            ++k;
        }
    }
    return out;
}

}  // namespace

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    auto y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
    return y && m && d && real_date(*y, *m, *d);
}

std::optional<std::string> normalise(std::string_view raw) {
    const std::string s = text::trim(raw);
    if (all_digits(s) && s.size() == 8)
        return format(*number(std::string_view(s).substr(0, 4)), *number(std::string_view(s).substr(4, 2)),
                      *number(std::string_view(s).substr(6, 2)));
    if (all_digits(s) && s.size() == 5) return from_days(*number(s) - 25569LL);  // Excel: 1899-12-30 is day 0
    std::string unified = unify_separators(s);
    // a time part after the date ("2024-03-07 00:00:00") is dropped
    if (auto space = unified.find_first_of(" T"); space != std::string::npos) unified.resize(space);
    auto parts = text::split(unified, '-');
    if (parts.size() != 3 || parts[0].size() != 4 || parts[1].empty() || parts[1].size() > 2 ||
        parts[2].empty() || parts[2].size() > 2)
        return std::nullopt;
    auto y = number(parts[0]), m = number(parts[1]), d = number(parts[2]);
    if (!y || !m || !d) return std::nullopt;
    return format(*y, *m, *d);
}

}  // namespace zhixie::dates
