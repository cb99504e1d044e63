// The pure rules of meetings: attendance → duty records, iCalendar escaping and folding, the QR token, money.
#include <gtest/gtest.h>

#include "core/crypto.hpp"
#include "domains/meetings/meetings.hpp"

namespace zhixie::meetings {
namespace {

using Kinds = std::vector<std::string_view>;

TEST(MeetingsDuty, AttendanceMapsToDutyKinds) {
    EXPECT_EQ(duty_kinds("plenary", "present", "", false), Kinds{"meeting_attended"});
    EXPECT_EQ(duty_kinds("inspection", "present", "", true), (Kinds{"meeting_attended", "inspection"}));
    EXPECT_EQ(duty_kinds("research", "present", "", true), (Kinds{"meeting_attended", "research"}));
    EXPECT_EQ(duty_kinds("consultation", "present", "", false), (Kinds{"meeting_attended", "consultation"}));
    EXPECT_EQ(duty_kinds("lecture", "present", "", false), (Kinds{"meeting_attended", "lecture"}));
    // present wins over an approved leave (they came after all)
    EXPECT_EQ(duty_kinds("standing", "present", "approved", true), Kinds{"meeting_attended"});
    EXPECT_EQ(duty_kinds("standing", "pending", "approved", false), Kinds{"meeting_absent_leave"});
    EXPECT_EQ(duty_kinds("standing", "absent", "approved", true), Kinds{"meeting_absent_leave"});
    // refused or pending leave is no excuse once the meeting is closed
    EXPECT_EQ(duty_kinds("standing", "absent", "refused", true), Kinds{"meeting_absent"});
    EXPECT_EQ(duty_kinds("standing", "pending", "pending", true), Kinds{"meeting_absent"});
    EXPECT_EQ(duty_kinds("standing", "absent", "", false), Kinds{"meeting_absent"});
    // nothing yet while the meeting is open and nobody has marked them
    EXPECT_TRUE(duty_kinds("inspection", "pending", "", false).empty());
    EXPECT_TRUE(duty_kinds("inspection", "pending", "refused", false).empty());
}

TEST(MeetingsICal, EscapesTextValues) {
    EXPECT_EQ(ical_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    EXPECT_EQ(ical_escape("第一项\r\n第二项"), "第一项\\n第二项");
    EXPECT_EQ(ical_escape("plain"), "plain");
}

TEST(MeetingsICal, FoldsAt75OctetsWithoutSplittingCharacters) {
    EXPECT_EQ(ical_fold("SUMMARY:short"), "SUMMARY:short");
    const std::string ascii = "DESCRIPTION:" + std::string(100, 'x');
    const std::string folded = ical_fold(ascii);
    const auto first = folded.substr(0, folded.find("\r\n"));
    EXPECT_EQ(first.size(), 75u);
    EXPECT_EQ(folded.substr(75, 3), "\r\n ");
    // unfolding (removing CRLF + space) gives the line back
    auto unfold = [](std::string s) {
        for (auto p = s.find("\r\n "); p != std::string::npos; p = s.find("\r\n "))
            s.erase(p, 3);
        return s;
    };
    EXPECT_EQ(unfold(folded), ascii);
    std::string chinese = "SUMMARY:";
    for (int k = 0; k < 40; ++k)
        chinese += "政协";  // 3 octets a character
    const std::string f = ical_fold(chinese);
    EXPECT_EQ(unfold(f), chinese);
    size_t start = 0;
    for (auto p = f.find("\r\n");; p = f.find("\r\n", start)) {
        const auto line = f.substr(start, p == std::string::npos ? std::string::npos : p - start);
        EXPECT_LE(line.size(), 75u);
        // every physical line is whole UTF-8: it never starts with a continuation byte after the space
        const size_t body = start == 0 ? 0 : 1;
        ASSERT_LT(body, line.size());
        EXPECT_NE(static_cast<unsigned char>(line[body]) & 0xC0, 0x80);
        if (p == std::string::npos) break;
        start = p + 2;
    }
    EXPECT_EQ(ical_time("2026-12-10T01:30:00Z"), "20261210T013000Z");
}

TEST(MeetingsQr, TokenChecksSignatureAndExpiry) {
    crypto::init();
    const std::string secret = "meeting-secret";
    const auto token = make_qr_token(secret, 42, 1'000'000);
    EXPECT_EQ(qr_token_meeting(token), 42);
    EXPECT_EQ(check_qr_token(secret, token, 999'999), TokenState::ok);
    EXPECT_EQ(check_qr_token(secret, token, 1'000'000), TokenState::ok);
    EXPECT_EQ(check_qr_token(secret, token, 1'000'001), TokenState::expired);
    // another meeting's secret, a later expiry or another meeting id under the same signature: invalid
    EXPECT_EQ(check_qr_token("other", token, 0), TokenState::invalid);
    auto later = token;
    later.replace(later.find("1000000"), 7, "2000000");
    EXPECT_EQ(check_qr_token(secret, later, 0), TokenState::invalid);
    auto other_meeting = "43" + token.substr(2);
    EXPECT_EQ(check_qr_token(secret, other_meeting, 0), TokenState::invalid);
    auto flipped = token;
    flipped.back() = flipped.back() == '0' ? '1' : '0';
    EXPECT_EQ(check_qr_token(secret, flipped, 0), TokenState::invalid);
    EXPECT_EQ(check_qr_token(secret, "garbage", 0), TokenState::invalid);
    EXPECT_EQ(check_qr_token(secret, "1.2", 0), TokenState::invalid);
    EXPECT_FALSE(qr_token_meeting("x.1.abc"));
}

TEST(MeetingsMoney, YuanToFenIsExact) {
    EXPECT_EQ(yuan_to_fen("0.1"), 10);
    EXPECT_EQ(yuan_to_fen("0.29"), 29);  // 0.29 * 100 is 28.999… in floating point
    EXPECT_EQ(yuan_to_fen("20000"), 2'000'000);
    EXPECT_EQ(yuan_to_fen("1234.56"), 123'456);
    EXPECT_EQ(yuan_to_fen(""), 0);
    EXPECT_FALSE(yuan_to_fen("-5"));
    EXPECT_FALSE(yuan_to_fen("1.234"));
    EXPECT_FALSE(yuan_to_fen("1."));
    EXPECT_FALSE(yuan_to_fen("1e5"));
    EXPECT_FALSE(yuan_to_fen("abc"));
    EXPECT_EQ(fen_to_yuan(123'456), "1234.56");
    EXPECT_EQ(fen_to_yuan(5), "0.05");
}

TEST(MeetingsTime, ChinaTimeToUtc) {
    EXPECT_EQ(to_utc("2026-12-10T09:00"), "2026-12-10T01:00:00Z");
    EXPECT_EQ(to_utc("2026-12-10T09:00:30"), "2026-12-10T01:00:30Z");
    EXPECT_EQ(to_utc("2026-12-10T01:00:00Z"), "2026-12-10T01:00:00Z");
    EXPECT_EQ(to_utc("2026-12-10T03:00+02:00"), "2026-12-10T01:00:00Z");
    EXPECT_EQ(to_utc("2026-01-01T07:00"), "2025-12-31T23:00:00Z");
    EXPECT_FALSE(to_utc("2026-02-30T09:00"));
    EXPECT_FALSE(to_utc("2026-12-10"));
    EXPECT_FALSE(to_utc("2026-12-10T25:00"));
    EXPECT_FALSE(to_utc("2026-12-10T09:00junk"));
    EXPECT_EQ(cst_text("2026-12-10T01:00:00Z"), "2026-12-10 09:00");
}

}  // namespace
}  // namespace zhixie::meetings
