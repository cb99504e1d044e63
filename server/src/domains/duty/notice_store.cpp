// What the notice use cases share: the candidates of a committee-year, a notice as JSON, a notice to change.
#include <map>

#include "core/clock.hpp"
#include "domains/duty/internal.hpp"
#include "domains/duty/notices.hpp"
#include "domains/office/common.hpp"

namespace zhixie::duty {

namespace {

// A term lasts five years: runs of plenary absences are looked for in the year and the four before it.
constexpr int64_t kYearsBack = 4;

std::map<int64_t, std::vector<Attendance>> attendance_of(storage::Tx& tx, int64_t committee_id,
                                                         int64_t year) {
    std::map<int64_t, std::vector<Attendance>> out;
    for (const auto& r : tx.query(
             "SELECT r.member_id, r.kind, r.source_id, r.occurred_on, mt.title, mt.kind AS meeting_kind FROM "
             "duty_records r JOIN meetings mt ON mt.id = r.source_id AND mt.committee_id = r.committee_id "
             "WHERE "
             "r.committee_id = :c AND r.source_type = 'meeting' AND r.status = 'confirmed' AND r.kind IN "
             "('meeting_attended', 'meeting_absent_leave', 'meeting_absent') AND r.year BETWEEN :y0 AND :y "
             "ORDER BY r.member_id, r.occurred_on, mt.starts_at, r.source_id",
             {{"c", committee_id}, {"y0", year - kYearsBack}, {"y", year}}))
        out[r.i("member_id")].push_back({r.i("source_id"), r.s("occurred_on"), r.s("title"),
                                         r.s("meeting_kind") == "plenary", r.s("kind") == "meeting_absent"});
    return out;
}

}  // namespace

std::vector<Candidate> candidates(storage::Tx& tx, int64_t committee_id, int64_t year) {
    const Rules rules = load_rules(tx, committee_id, year).rules;
    auto attendance = attendance_of(tx, committee_id, year);
    const std::string today = clock::today_cst();
    std::vector<Candidate> out;
    for (const auto& r :
         tx.query("SELECT s.member_id, m.name, m.sector_id, sec.name AS sector_name, s.total, s.grade, "
                  "s.five_ones_missing FROM duty_scores s JOIN members m ON m.id = s.member_id LEFT JOIN "
                  "sectors sec "
                  "ON sec.id = m.sector_id WHERE s.committee_id = :c AND s.year = :y ORDER BY s.total, "
                  "s.member_id",
                  {{"c", committee_id}, {"y", year}})) {
        MemberYear m{r.d("total"), r.s("grade"),
                     five_one_names(rules, nlohmann::json::parse(r.s("five_ones_missing"))),
                     std::move(attendance[r.i("member_id")])};
        for (const char* kind : kNoticeKinds) {
            auto due = evaluate(rules, kind, m, year, today);
            if (due.due)
                out.push_back({r.i("member_id"), r.s("name"), r.s("sector_name"), kind, r.opt_i("sector_id"),
                               std::move(due.reasons)});
        }
    }
    return out;
}

const char* kNoticeSelect =
    "SELECT n.id, n.year, n.member_id, m.name AS member_name, sec.name AS sector_name, n.kind, n.reasons, "
    "n.status, n.issued_by_name, n.issued_at, n.talked_on, n.talked_by, n.talk_note, n.member_response, "
    "n.withdrawn_reason, n.withdrawn_at, n.version FROM duty_notices n JOIN members m ON m.id = n.member_id "
    "LEFT JOIN sectors sec ON sec.id = m.sector_id";

nlohmann::json notice_json(const storage::Row& r) {
    auto o = r.json();
    o["reasons"] = nlohmann::json::parse(r.s("reasons"));
    o["lines"] = reason_lines(r.s("kind"), o["reasons"]);
    o["kind_name"] = notice_kind_name(r.s("kind"));
    o["status_name"] = notice_status_name(r.s("status"));
    o["sector_name"] = r.s("sector_name");
    o["withdrawn_at"] = r.s("withdrawn_at");
    return o;
}

storage::Row notice_for_change(storage::Tx& tx, int64_t committee_id, int64_t id, int64_t version) {
    auto r = tx.one(
        "SELECT id, member_id, kind, year, status, issued_at, version FROM duty_notices WHERE id = "
        ":id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    if (r->s("status") == "withdrawn") throw AppError::conflict("duty_notice_withdrawn");
    office::expect_version(r->i("version"), version);
    return *r;
}

}  // namespace zhixie::duty
