#pragma once
// Time as the server sees it. Stored and sent as ISO 8601 UTC strings ("2026-11-22T03:04:05Z"), which sort
// correctly as text on both databases. Tests may move the clock.
#include <chrono>
#include <string>

namespace zhixie::clock {

using time_point = std::chrono::system_clock::time_point;

time_point now();
void set_offset_for_tests(std::chrono::seconds offset);

std::string iso(time_point t);
inline std::string now_iso() {
    return iso(now());
}
// Parses what iso() writes (and a plain YYYY-MM-DD as midnight UTC); throws std::invalid_argument.
time_point parse_iso(const std::string& s);
// Today's date in China Standard Time (UTC+8), the committees' working day: "YYYY-MM-DD".
std::string today_cst();

}  // namespace zhixie::clock
