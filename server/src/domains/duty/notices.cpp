#include "domains/duty/notices.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "services/print/document.hpp"

namespace zhixie::duty {

namespace {

std::string year_of(const std::string& date) {
    return date.substr(0, 4);
}

std::string num(double v) {
    return fmt::format("{}", std::round(v * 100) / 100);
}

nlohmann::json absence(const Attendance& a) {
    return {{"meeting_id", a.meeting_id}, {"title", a.title}, {"date", a.date}, {"plenary", a.plenary}};
}

Due reminder(const Rules& rules, const MemberYear& m, int64_t year, const std::string& today) {
    const Measures& x = rules.measures;
    const bool grade_due =
        std::find(x.reminder_grades.begin(), x.reminder_grades.end(), m.grade) != x.reminder_grades.end();
    // the five ones count from the review date of the year on (a past year's review date has passed)
    const std::string review = fmt::format("{}-{}", year, x.review_date);
    const bool reviewed = today >= review;
    const int64_t missing = static_cast<int64_t>(m.missing.size());
    const bool five_due =
        reviewed && x.reminder_five_ones_missing > 0 && missing >= x.reminder_five_ones_missing;
    return {grade_due || five_due,
            {{"score", m.total},
             {"grade", m.grade},
             {"grade_due", grade_due},
             {"missing", m.missing},
             {"five_ones_due", five_due},
             {"review_date", review}}};
}

Due resign(const Rules& rules, const MemberYear& m, int64_t year) {
    const Measures& x = rules.measures;
    const std::string y = std::to_string(year);
    int64_t invited = 0, absent = 0, plenary = 0;
    nlohmann::json absences = nlohmann::json::array();
    for (const auto& a : m.attendance) {
        if (year_of(a.date) != y) continue;
        ++invited;
        if (!a.absent) continue;
        ++absent;
        if (a.plenary) ++plenary;
        absences.push_back(absence(a));
    }
    const int64_t consecutive = consecutive_plenary_absences(m.attendance, year);
    const int64_t percent =
        invited ? static_cast<int64_t>(std::floor(absent * 100.0 / static_cast<double>(invited))) : 0;
    nlohmann::json criteria = nlohmann::json::array();
    if (x.resign_consecutive_plenary > 0 && consecutive >= x.resign_consecutive_plenary)
        criteria.push_back("consecutive_plenary");
    if (x.resign_plenary_in_year > 0 && plenary >= x.resign_plenary_in_year)
        criteria.push_back("plenary_in_year");
    if (x.resign_absent_percent > 0 && invited >= x.resign_min_meetings &&
        absent * 100 > x.resign_absent_percent * invited)
        criteria.push_back("absent_percent");
    // a run of plenary absences may begin in an earlier year: those sessions are listed first
    const auto first = std::find_if(m.attendance.begin(), m.attendance.end(),
                                    [&y](const Attendance& a) { return a.plenary && year_of(a.date) == y; });
    if (first != m.attendance.end() && first->absent)
        for (auto it = std::make_reverse_iterator(first); it != m.attendance.rend(); ++it) {
            if (!it->plenary) continue;
            if (!it->absent) break;
            absences.insert(absences.begin(), absence(*it));
        }
    return {!criteria.empty(),
            {{"consecutive_plenary", consecutive},
             {"plenary_absences", plenary},
             {"invited", invited},
             {"absent", absent},
             {"percent", percent},
             {"criteria", criteria},
             {"absences", absences}}};
}

}  // namespace

std::string notice_kind_name(std::string_view kind, Lang lang) {
    if (kind == "reminder") return lang == Lang::en ? "Reminder notice" : "提醒谈话通知";
    if (kind == "resign") return lang == Lang::en ? "Advice to resign" : "劝辞建议";
    return std::string(kind);
}

std::string notice_status_name(std::string_view status) {
    if (status == "issued") return "已发出";
    if (status == "talked") return "已谈话";
    if (status == "withdrawn") return "已撤回";
    return std::string(status);
}

int64_t consecutive_plenary_absences(const std::vector<Attendance>& attendance, int64_t year) {
    const std::string y = std::to_string(year);
    int64_t run = 0, best = 0;
    for (const auto& a : attendance) {
        if (!a.plenary || year_of(a.date) > y) continue;
        run = a.absent ? run + 1 : 0;
        if (year_of(a.date) == y) best = std::max(best, run);
    }
    return best;
}

Due evaluate(const Rules& rules, std::string_view kind, const MemberYear& m, int64_t year,
             const std::string& today) {
    if (kind == "reminder") return reminder(rules, m, year, today);
    if (kind == "resign") return resign(rules, m, year);
    return {};
}

std::vector<std::string> reason_lines(std::string_view kind, const nlohmann::json& r) {
    std::vector<std::string> out;
    auto names = [](const nlohmann::json& list, const char* key) {
        std::string s;
        for (const auto& x : list)
            s += (s.empty() ? "" : "、") + x[key].get<std::string>();
        return s;
    };
    if (kind == "reminder") {
        out.push_back(fmt::format("年度履职得分 {} 分，等次为“{}”{}。", num(r["score"].get<double>()),
                                  r["grade"].get<std::string>(),
                                  r["grade_due"].get<bool>() ? "" : "（达到等次要求）"));
        if (!r["missing"].empty())
            out.push_back(fmt::format("“五个一”履职要求尚有 {} 项未完成：{}。", r["missing"].size(),
                                      names(r["missing"], "name")));
        return out;
    }
    const int64_t consecutive = r["consecutive_plenary"].get<int64_t>();
    if (consecutive > 0) out.push_back(fmt::format("连续 {} 次无故缺席政协全体会议。", consecutive));
    out.push_back(fmt::format("本年度应出席会议活动 {} 次，无故缺席 {} 次（占 {}%），其中全体会议 {} 次。",
                              r["invited"].get<int64_t>(), r["absent"].get<int64_t>(),
                              r["percent"].get<int64_t>(), r["plenary_absences"].get<int64_t>()));
    for (const auto& a : r["absences"])
        out.push_back(fmt::format("{}　{}（无故缺席）", print::cn_date(a["date"].get<std::string>()),
                                  a["title"].get<std::string>()));
    return out;
}

}  // namespace zhixie::duty
