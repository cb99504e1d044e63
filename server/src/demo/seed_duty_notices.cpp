#include "demo/seed_duty_notices.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "demo/demo_person.hpp"
#include "domains/duty/duty.hpp"
#include "domains/meetings/meetings.hpp"
#include "domains/office/common.hpp"

namespace zhixie::demo {

namespace {

// "2026-01-20" → "2025-01-20" (29 February → the 28th)
std::string year_before(const std::string& date) {
    std::string out = std::to_string(std::stoi(date.substr(0, 4)) - 1) + date.substr(4);
    return out.substr(5) == "02-29" ? out.substr(0, 8) + "28" : out;
}

// The plenary session a year before "…第十届委员会第四次会议": "…第三次会议" (each year has one session).
std::string previous_session_title(const std::string& title) {
    static const std::vector<std::string> kNumbers = {"一", "二", "三", "四", "五",
                                                      "六", "七", "八", "九", "十"};
    const std::string tail = "次会议";
    const auto at = title.rfind(tail);
    for (size_t n = 1; at != std::string::npos && n < kNumbers.size(); ++n) {
        const auto& number = kNumbers[n];
        if (at >= number.size() && title.compare(at - number.size(), number.size(), number) == 0)
            return title.substr(0, at - number.size()) + kNumbers[n - 1] + title.substr(at);
    }
    return title + "（上一年度）";
}

}  // namespace

void seed_previous_plenary(storage::Db& db, int64_t committee_id) {
    auto office = person(db, committee_id, "bangongshi");
    if (!office) return;
    std::optional<storage::Row> latest;
    std::vector<int64_t> absent_again;  // of this year's unexcused absentees, the first two
    {
        auto tx = db.read();
        latest = tx.one(
            "SELECT id, title, place, starts_at FROM meetings WHERE committee_id = :c AND kind = "
            "'plenary' AND cancelled_at IS NULL ORDER BY starts_at DESC LIMIT 1",
            {{"c", committee_id}});
        if (!latest) return;
        const std::string day = year_before(office::cst_date(latest->s("starts_at")));
        if (tx.one("SELECT id FROM meetings WHERE committee_id = :c AND kind = 'plenary' AND starts_at < :d",
                   {{"c", committee_id}, {"d", day + "T23:59"}}))
            return;  // seeded already
        for (const auto& r :
             tx.query("SELECT member_id FROM meeting_invitees WHERE meeting_id = :m AND member_id "
                      "IS NOT NULL AND attendance <> 'present' AND leave_status <> 'approved' "
                      "ORDER BY id LIMIT 2",
                      {{"m", latest->i("id")}}))
            absent_again.push_back(r.i("member_id"));
    }
    const std::string day = year_before(office::cst_date(latest->s("starts_at")));
    meetings::MeetingFields f;
    f.kind = "plenary";
    f.title = previous_session_title(latest->s("title"));
    f.place = latest->s("place");
    f.starts_at = day + "T09:00";
    f.ends_at = day + "T17:00";
    f.agenda = "一、听取和审议常务委员会工作报告\n二、听取和审议提案工作情况报告\n三、通过决议";
    meetings::InviteRules all;
    all.all_members = true;
    auto m = meetings::create_meeting(db, office->me, office->actor, Lang::zh, f, all);
    const int64_t id = m["id"].get<int64_t>();
    // everyone else came, but for one in forty who stayed away (absent once: not yet due advice)
    std::vector<int64_t> present;
    size_t k = 0;
    for (const auto& inv : m["invitees"]) {
        const bool again =
            inv["member_id"].is_number() && std::find(absent_again.begin(), absent_again.end(),
                                                      inv["member_id"].get<int64_t>()) != absent_again.end();
        if (!again && ++k % 40 != 0) present.push_back(inv["id"].get<int64_t>());
    }
    if (!present.empty())
        meetings::mark_attendance(db, office->me, office->actor, Lang::zh, id, present, "present");
    meetings::close_meeting(db, office->me, office->actor, id);
}

void seed_duty_notices(storage::Db& db, int64_t committee_id, int64_t year) {
    auto office = person(db, committee_id, "bangongshi");
    if (!office) return;
    std::string talker = "政协办公室主任";
    {
        auto tx = db.read();
        if (tx.one("SELECT id FROM duty_notices WHERE committee_id = :c", {{"c", committee_id}})) return;
        if (auto v =
                tx.one("SELECT name FROM members WHERE committee_id = :c AND cppcc_post = '副主席' ORDER BY "
                       "id LIMIT 1",
                       {{"c", committee_id}}))
            talker = v->s("name") + "（副主席）";
    }
    const auto due = duty::notice_candidates(db, office->me, year, "", std::nullopt);
    std::vector<int64_t> resign, remind;
    for (const auto& c : due["items"]) {
        const int64_t member = c["member_id"].get<int64_t>();
        if (c["kind"] == "resign") resign.push_back(member);
        if (c["kind"] == "reminder" && remind.size() < 5) remind.push_back(member);  // lowest scores first
    }
    if (!resign.empty()) duty::issue_notices(db, office->me, office->actor, Lang::zh, year, "resign", resign);
    if (remind.empty()) return;
    auto issued = duty::issue_notices(db, office->me, office->actor, Lang::zh, year, "reminder", remind);
    const auto& first = issued["items"][0];
    duty::record_notice_talk(
        db, office->me, office->actor, Lang::zh, first["id"].get<int64_t>(),
        {clock::today_cst(), talker,
         "通报了本年度履职积分和“五个一”完成情况，了解到该委员因工作调动、外出较多，"
         "参加活动偏少。谈话中提出明确要求，请其年内补报社情民意信息、参加界别活动。",
         "表示接受组织提醒，今后合理安排工作，按时参加政协会议和活动，认真完成履职任务。"},
        first["version"].get<int64_t>());
}

}  // namespace zhixie::demo
