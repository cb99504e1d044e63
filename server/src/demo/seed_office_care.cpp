// The "七封信" this year: birthday letters already written for the months gone by, a few registered events
// (some written for, some waiting), and the birthdays of the month still on the to-do list.
#include <fmt/format.h>

#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "domains/office/care/care.hpp"

namespace zhixie::demo {

namespace {

// Writes a letter as the office would have, on the given day.
void letter(OfficeSeed& s, const office::care::LetterRequest& r, const std::string& written_on) {
    auto l = office::care::write_letter_in(s.tx, s.me, s.actor, Lang::zh, r);
    s.tx.exec("UPDATE office_letters SET created_at = :at WHERE id = :id",
              {{"at", written_on + "T02:00:00Z"}, {"id", l["id"].get<int64_t>()}});
}

int64_t event(OfficeSeed& s, const OfficeStaff& who, const char* kind, const std::string& day,
              const char* detail) {
    return s.tx.insert(
        "INSERT INTO office_care_events (committee_id, staff_id, kind, event_date, detail, created_by, "
        "created_at) "
        "VALUES (:c, :s, :k, :d, :detail, :by, :at) RETURNING id",
        {{"c", s.me.committee_id},
         {"s", who.id},
         {"k", std::string(kind)},
         {"d", day},
         {"detail", std::string(detail)},
         {"by", s.by()},
         {"at", day + "T03:00:00Z"}});
}

}  // namespace

void seed_office_care(OfficeSeed& s) {
    if (!s.me.user_id) return;  // letters are written by the office administrator
    const std::string today = clock::today_cst();
    const int year = std::stoi(today.substr(0, 4));
    const std::string month_start = today.substr(0, 8) + "01";
    for (const auto& p : s.staff) {
        auto r = s.tx.one("SELECT birth_date FROM staff WHERE id = :id", {{"id", p.id}});
        const std::string birth = r->s("birth_date");
        if (birth.size() != 10) continue;
        const std::string day = office::care::birthday_in(birth, year);
        if (day < month_start) letter(s, {std::nullopt, p.id, year}, day_offset(day, -2));
    }
    const auto serving = s.serving();
    const OfficeStaff* retired = nullptr;
    for (const auto& p : s.staff)
        if (p.retired) retired = &p;
    const bool daye = s.code == "daye";
    // an event's detail is the child's name: the letter templates read "您的子女{detail}…"
    const int64_t college =
        event(s, *serving[5], "child_college", day_offset(today, -60), daye ? "黄欣怡" : "惠思远");
    letter(s, {college, std::nullopt, std::nullopt}, day_offset(today, -58));
    const int64_t moved = event(s, *serving[7], "moving_house", day_offset(today, -35), "");
    letter(s, {moved, std::nullopt, std::nullopt}, day_offset(today, -34));
    if (daye) {
        const int64_t born = event(s, *serving[12], "childbirth", day_offset(today, -20), "喜得千金");
        letter(s, {born, std::nullopt, std::nullopt}, day_offset(today, -19));
    }
    // waiting for their letters
    if (retired) event(s, *retired, "illness", day_offset(today, -10), "住院治疗");
    event(s, *serving[9], "child_enlistment", day_offset(today, -1), daye ? "程浩宇" : "白雨欣");
}

}  // namespace zhixie::demo
