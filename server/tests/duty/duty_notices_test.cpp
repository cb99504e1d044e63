// Who is due a reminder notice (提醒谈话通知) or advice to resign (劝辞建议): the thresholds of the rules
// read against a member's score and attendance, runs of plenary absences across years, and the thresholds'
// validation and JSON.
#include <gtest/gtest.h>

#include "domains/duty/notices.hpp"
#include "domains/duty/rules.hpp"

namespace zhixie {
namespace {

using duty::Attendance;

// A meeting on a date: plenary or not, absent without leave or not.
Attendance at(const std::string& date, bool plenary, bool absent) {
    static int64_t id = 0;
    return {++id, date, plenary ? "全体会议" : "常委会议", plenary, absent};
}

duty::MemberYear member(double total, const std::string& grade, int missing = 0) {
    duty::MemberYear m;
    m.total = total;
    m.grade = grade;
    for (int k = 0; k < missing; ++k)
        m.missing.push_back({{"code", "r" + std::to_string(k)}, {"name", "要求" + std::to_string(k)}});
    return m;
}

TEST(DutyNotices, ConsecutivePlenaryAbsencesRunAcrossYearsAndBreakOnAttendanceOrLeave) {
    // 2025 absent, 2026 absent, absent: a run of 3 ending in 2026; the standing-committee meeting between
    // does not break it
    std::vector<Attendance> a = {at("2025-01-20", true, true), at("2025-06-01", false, false),
                                 at("2026-01-18", true, true), at("2026-01-20", true, true)};
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2026), 3);
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2025), 1);
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2024), 0);
    // attendance (or leave: not absent) in between ends the run
    a = {at("2025-01-20", true, true), at("2026-01-18", true, false), at("2026-01-20", true, true)};
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2026), 1);
    // a run that ended before the year does not count for it
    a = {at("2024-01-20", true, true), at("2025-01-20", true, true), at("2026-01-20", true, false)};
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2026), 0);
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2025), 2);
    // sessions after the year are not looked at
    a = {at("2026-01-20", true, true), at("2027-01-20", true, true)};
    EXPECT_EQ(duty::consecutive_plenary_absences(a, 2026), 1);
}

TEST(DutyNotices, AReminderForTheLowestGradeOrFiveOnesMissingAfterTheReviewDate) {
    const auto rules = duty::default_rules();  // 不称职; four of five missing from 10-01
    EXPECT_TRUE(duty::evaluate(rules, "reminder", member(40, "不称职"), 2026, "2026-03-01").due);
    auto good = duty::evaluate(rules, "reminder", member(80, "良好", 4), 2026, "2026-09-30");
    EXPECT_FALSE(good.due) << "before the review date the five ones do not count";
    good = duty::evaluate(rules, "reminder", member(80, "良好", 4), 2026, "2026-10-01");
    EXPECT_TRUE(good.due);
    EXPECT_TRUE(good.reasons["five_ones_due"].get<bool>());
    EXPECT_FALSE(good.reasons["grade_due"].get<bool>());
    EXPECT_EQ(good.reasons["missing"].size(), 4u);
    EXPECT_EQ(good.reasons["review_date"], "2026-10-01");
    EXPECT_FALSE(duty::evaluate(rules, "reminder", member(80, "良好", 3), 2026, "2026-12-01").due);
    EXPECT_TRUE(duty::evaluate(rules, "reminder", member(80, "良好", 4), 2025, "2026-03-01").due)
        << "a past year's review date has passed";
    auto off = rules;
    off.measures.reminder_grades.clear();
    off.measures.reminder_five_ones_missing = 0;
    EXPECT_FALSE(duty::evaluate(off, "reminder", member(0, "不称职", 5), 2026, "2026-12-31").due);
    const auto lines = duty::reason_lines("reminder", good.reasons);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "年度履职得分 80 分，等次为“良好”（达到等次要求）。");
    EXPECT_EQ(lines[1], "“五个一”履职要求尚有 4 项未完成：要求0、要求1、要求2、要求3。");
}

TEST(DutyNotices, AdviceToResignForPlenaryRunsOrMoreThanHalfTheMeetingsMissed) {
    const auto rules = duty::default_rules();  // 2 in a row, 2 in the year, > 50 % of at least 4
    auto m = member(50, "不称职");
    m.attendance = {at("2025-01-20", true, true), at("2026-01-20", true, true),
                    at("2026-03-01", false, false)};
    auto due = duty::evaluate(rules, "resign", m, 2026, "2026-12-01");
    EXPECT_TRUE(due.due);
    EXPECT_EQ(due.reasons["criteria"], nlohmann::json::array({"consecutive_plenary"}));
    EXPECT_EQ(due.reasons["consecutive_plenary"], 2);
    EXPECT_EQ(due.reasons["plenary_absences"], 1);
    EXPECT_EQ(due.reasons["invited"], 2);
    EXPECT_EQ(due.reasons["absent"], 1);
    EXPECT_EQ(due.reasons["percent"], 50);
    ASSERT_EQ(due.reasons["absences"].size(), 2u) << "last year's session of the run is listed first";
    EXPECT_EQ(due.reasons["absences"][0]["date"], "2025-01-20");
    const auto lines = duty::reason_lines("resign", due.reasons);
    EXPECT_EQ(lines[0], "连续 2 次无故缺席政协全体会议。");
    EXPECT_EQ(lines[2], "2025年1月20日　全体会议（无故缺席）");

    // exactly half is not more than half; three of five is
    m.attendance = {at("2026-02-01", false, true), at("2026-03-01", false, true),
                    at("2026-04-01", false, false), at("2026-05-01", false, false)};
    EXPECT_FALSE(duty::evaluate(rules, "resign", m, 2026, "2026-12-01").due);
    m.attendance.push_back(at("2026-06-01", false, true));
    due = duty::evaluate(rules, "resign", m, 2026, "2026-12-01");
    EXPECT_TRUE(due.due);
    EXPECT_EQ(due.reasons["criteria"], nlohmann::json::array({"absent_percent"}));
    EXPECT_EQ(due.reasons["percent"], 60);
    // too few meetings for the share to count
    m.attendance = {at("2026-02-01", false, true), at("2026-03-01", false, true),
                    at("2026-04-01", false, false)};
    EXPECT_FALSE(duty::evaluate(rules, "resign", m, 2026, "2026-12-01").due);
    // two plenary sessions in the year, with one attended between them: not in a row, but two in the year
    m.attendance = {at("2026-01-18", true, true), at("2026-01-19", true, false),
                    at("2026-01-20", true, true)};
    due = duty::evaluate(rules, "resign", m, 2026, "2026-12-01");
    EXPECT_EQ(due.reasons["criteria"], nlohmann::json::array({"plenary_in_year"}));
    auto off = rules;
    off.measures.resign_plenary_in_year = 0;
    EXPECT_FALSE(duty::evaluate(off, "resign", m, 2026, "2026-12-01").due);
}

TEST(DutyNotices, ThresholdsAreValidatedInChineseAndRoundTripThroughJson) {
    auto r = duty::default_rules();
    r.measures.reminder_grades = {"不称职", "差", "不称职"};
    r.measures.review_date = "02-30";
    r.measures.reminder_five_ones_missing = 6;
    r.measures.resign_absent_percent = -1;
    r.measures.resign_min_meetings = 0;
    FieldErrors e;
    duty::validate(r, e);
    std::string all;
    for (const auto& x : e.to_json(Lang::zh, duty::rule_labels()))
        all += x["message"].get<std::string>() + "\n";
    EXPECT_EQ(e.size(), 6u) << all;
    EXPECT_NE(all.find("提醒谈话的等次"), std::string::npos) << all;
    EXPECT_NE(all.find("“五个一”检查日“02-30”不是有效日期"), std::string::npos) << all;
    EXPECT_NE(all.find("提醒谈话的“五个一”缺项数应在 0 到 5 之间"), std::string::npos) << all;
    EXPECT_NE(all.find("劝辞：计算缺席比例的最少会议数应在 1 到 100 之间"), std::string::npos) << all;

    r = duty::default_rules();
    r.measures.reminder_grades = {"称职", "不称职"};
    r.measures.review_date = "12-31";
    r.measures.resign_absent_percent = 0;
    EXPECT_EQ(duty::to_json(duty::rules_from_json(duty::to_json(r))), duty::to_json(r));
    // a table stored before the thresholds existed gets the defaults
    auto old = duty::to_json(duty::default_rules());
    old.erase("measures");
    EXPECT_EQ(duty::to_json(duty::rules_from_json(old)), duty::to_json(duty::default_rules()));
    old["measures"] = {{"reminder_grades", "不称职"}};
    EXPECT_THROW(duty::rules_from_json(old), AppError);
}

}  // namespace
}  // namespace zhixie
