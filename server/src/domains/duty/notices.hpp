#pragma once
// Who is due a notice (提醒谈话通知) or advice to resign (劝辞建议) in a committee-year, by the thresholds in
// the year's rules (Rules::measures): pure functions of a member's score and meeting attendance, so the
// candidates list, the issuing use case and the unit tests share one reading of the rules.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "domains/duty/rules.hpp"

namespace zhixie::duty {

inline constexpr const char* kNoticeKinds[] = {"reminder", "resign"};
// 提醒谈话通知 / 劝辞建议 (Reminder notice / Advice to resign); the code itself for an unknown kind.
std::string notice_kind_name(std::string_view kind, Lang lang = Lang::zh);
// 已发出 已谈话 已撤回
std::string notice_status_name(std::string_view status);

// A meeting the member was invited to that counts: one attendance duty record (present, on leave or absent
// without leave).
struct Attendance {
    int64_t meeting_id = 0;
    std::string date;  // YYYY-MM-DD
    std::string title;
    bool plenary = false;  // 全体会议
    bool absent = false;   // without leave (无故缺席)
};

// What the rules look at: the member's score of the year and their attendance up to the year's end, oldest
// first (earlier years too: consecutive plenary sessions span years).
struct MemberYear {
    double total = 0;
    std::string grade;
    nlohmann::json missing = nlohmann::json::array();  // [{code, name}] of the five ones not met
    std::vector<Attendance> attendance;
};

// The longest run of unexcused absences from consecutive plenary sessions that ends in `year` (an excused
// absence or attendance ends a run; sessions of later years are not looked at).
int64_t consecutive_plenary_absences(const std::vector<Attendance>& attendance, int64_t year);

// Whether the member is due a notice of the kind, and why, in numbers: {due, reasons}. reasons of a
// reminder: {score, grade, grade_due, missing: [{code, name}], five_ones_due, review_date}; of a resign
// advice: {consecutive_plenary, plenary_absences, invited, absent, percent, criteria: [consecutive_plenary
// | plenary_in_year | absent_percent], absences: [{meeting_id, title, date, plenary}]}. today (YYYY-MM-DD)
// decides whether the five-ones review date has come.
struct Due {
    bool due = false;
    nlohmann::json reasons = nlohmann::json::object();
};
Due evaluate(const Rules& rules, std::string_view kind, const MemberYear& m, int64_t year,
             const std::string& today);

// The reasons as sentences, in Chinese, for the letter and the notification.
std::vector<std::string> reason_lines(std::string_view kind, const nlohmann::json& reasons);

}  // namespace zhixie::duty
