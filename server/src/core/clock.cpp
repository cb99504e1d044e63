#include "core/clock.hpp"

#include <atomic>
#include <ctime>
#include <stdexcept>

#include <fmt/format.h>

namespace zhixie::clock {
namespace {
std::atomic<long long> g_offset{0};
}

time_point now() {
    return std::chrono::system_clock::now() + std::chrono::seconds(g_offset.load());
}

void set_offset_for_tests(std::chrono::seconds offset) {
    g_offset = offset.count();
}

std::string iso(time_point t) {
    std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                       tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

time_point parse_iso(const std::string& s) {
    std::tm tm{};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    int n = std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &se);
    if (n != 6 && !(n == 3 && s.size() == 10)) throw std::invalid_argument("not an ISO 8601 time: " + s);
    // years outside 1900–2200 are input mistakes, and would overflow the clock's nanoseconds
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        throw std::invalid_argument("not an ISO 8601 time: " + s);
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = se;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::string today_cst() {
    return iso(now() + std::chrono::hours(8)).substr(0, 10);
}

}  // namespace zhixie::clock
