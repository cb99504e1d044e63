// The pure rules of meetings: which duty records attendance makes, iCalendar text, the QR token, money in fen
// and times typed in China time.
#include <sodium.h>

#include <chrono>
#include <cstdio>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "domains/meetings/meetings.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::meetings {

std::vector<std::string_view> duty_kinds(const std::string& meeting_kind, const std::string& attendance,
                                         const std::string& leave_status, bool closed) {
    if (attendance == "present") {
        std::vector<std::string_view> out{duty::kind::meeting_attended};
        if (meeting_kind == "inspection") out.push_back(duty::kind::inspection);
        if (meeting_kind == "research") out.push_back(duty::kind::research);
        if (meeting_kind == "consultation") out.push_back(duty::kind::consultation);
        if (meeting_kind == "lecture") out.push_back(duty::kind::lecture);
        return out;
    }
    if (leave_status == "approved") return {duty::kind::meeting_absent_leave};
    if (attendance == "absent" || closed) return {duty::kind::meeting_absent};
    return {};
}

std::string ical_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string ical_fold(std::string_view line) {
    std::string out;
    size_t width = 0;  // octets on the current physical line
    for (size_t i = 0; i < line.size();) {
        // the length of the UTF-8 sequence starting here
        const auto lead = static_cast<unsigned char>(line[i]);
        size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        n = std::min(n, line.size() - i);
        if (width + n > 75) {
            out += "\r\n ";
            width = 1;  // the leading space counts
        }
        out.append(line.substr(i, n));
        width += n;
        i += n;
    }
    return out;
}

std::string ical_time(const std::string& iso_utc) {
    std::string out;
    for (char c : iso_utc.substr(0, 19))
        if (c != '-' && c != ':') out += c;
    return out + "Z";
}

namespace {
std::string mac_hex(const std::string& secret, const std::string& message) {
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()),
                                  message.size());
    crypto_auth_hmacsha256_final(&st, mac);
    std::string hex;
    for (unsigned char b : mac)
        hex += fmt::format("{:02x}", b);
    return hex;
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.size() <= 18 && s.find_first_not_of("0123456789") == std::string_view::npos;
}
}  // namespace

std::string make_qr_token(const std::string& secret, int64_t meeting_id, int64_t expires_unix) {
    const std::string message = fmt::format("{}.{}", meeting_id, expires_unix);
    return message + "." + mac_hex(secret, message);
}

std::optional<int64_t> qr_token_meeting(const std::string& token) {
    auto dot = token.find('.');
    if (dot == std::string::npos || !all_digits(std::string_view(token).substr(0, dot))) return std::nullopt;
    return std::stoll(token.substr(0, dot));
}

TokenState check_qr_token(const std::string& secret, const std::string& token, int64_t now_unix) {
    auto last = token.rfind('.');
    auto first = token.find('.');
    if (first == std::string::npos || last == first) return TokenState::invalid;
    const std::string message = token.substr(0, last);
    const std::string expires = token.substr(first + 1, last - first - 1);
    if (!all_digits(expires) || !qr_token_meeting(token)) return TokenState::invalid;
    if (!crypto::equal_ct(mac_hex(secret, message), token.substr(last + 1))) return TokenState::invalid;
    return std::stoll(expires) < now_unix ? TokenState::expired : TokenState::ok;
}

std::optional<int64_t> yuan_to_fen(const std::string& yuan) {
    if (yuan.empty()) return int64_t{0};
    auto dot = yuan.find('.');
    const std::string whole = yuan.substr(0, dot);
    const std::string frac = dot == std::string::npos ? "" : yuan.substr(dot + 1);
    if (!all_digits(whole) || whole.size() > 12 || frac.size() > 2 ||
        (dot != std::string::npos && (frac.empty() || !all_digits(frac))))
        return std::nullopt;
    int64_t fen = std::stoll(whole) * 100;
    if (!frac.empty()) fen += std::stoll(frac) * (frac.size() == 1 ? 10 : 1);
    return fen;
}

std::string fen_to_yuan(int64_t fen) {
    return fmt::format("{}{}.{:02d}", fen < 0 ? "-" : "", std::abs(fen) / 100, std::abs(fen) % 100);
}

std::optional<std::string> to_utc(const std::string& text) {
    int y, mo, d, h, mi, s = 0;
    char rest[8] = {0};
    int n = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5)
        return std::nullopt;
    std::string tail = text.substr(static_cast<size_t>(n));
    if (tail.size() >= 3 && tail[0] == ':') {
        if (std::sscanf(tail.c_str(), ":%2d", &s) != 1) return std::nullopt;
        tail = tail.substr(3);
    }
    int offset_min = 8 * 60;  // China time unless told otherwise
    if (tail == "Z") {
        offset_min = 0;
    } else if (!tail.empty()) {
        int oh, om;
        if (tail.size() != 6 || (tail[0] != '+' && tail[0] != '-') ||
            std::sscanf(tail.c_str() + 1, "%2d:%2d%1s", &oh, &om, rest) != 2)
            return std::nullopt;
        offset_min = (tail[0] == '-' ? -1 : 1) * (oh * 60 + om);
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    auto t = sys_days(ymd) + hours(h) + minutes(mi) + seconds(s) - minutes(offset_min);
    return clock::iso(time_point_cast<system_clock::duration>(t));
}

std::string cst_text(const std::string& iso_utc) {
    auto local = clock::iso(clock::parse_iso(iso_utc) + std::chrono::hours(8));
    return local.substr(0, 10) + " " + local.substr(11, 5);
}

}  // namespace zhixie::meetings
