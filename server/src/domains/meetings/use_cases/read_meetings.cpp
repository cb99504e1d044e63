#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/files/attachments.hpp"

namespace zhixie::meetings {

nlohmann::json get_meeting(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto out = meeting_json(meeting_row(tx, me.committee_id, id));
    out["invitees"] = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT i.id, i.member_id, i.user_id, i.name, i.attendance, i.signed_in_at, i.signed_in_by, "
             "i.leave_status, i.leave_reason, i.leave_requested_at, i.leave_note, s.name AS sector_name FROM "
             "meeting_invitees i LEFT JOIN members m ON m.id = i.member_id LEFT JOIN sectors s ON s.id = "
             "m.sector_id WHERE i.meeting_id = :m ORDER BY i.id",
             {{"m", id}}))
        out["invitees"].push_back(r.json());
    out["speeches"] = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, member_id, speaker, title, text, created_at FROM meeting_speeches "
                  "WHERE meeting_id = :m ORDER BY id",
                  {{"m", id}}))
        out["speeches"].push_back(r.json());
    out["attachments"] = files::list(tx, {me.committee_id, "meeting", id});
    out["counts"] = attendance_counts(tx, id);
    return out;
}

nlohmann::json list_meetings(storage::Db& db, const auth::Principal& me, const MeetingQuery& q) {
    auto tx = db.read();
    std::string where =
        " FROM meetings m LEFT JOIN party_orgs p ON p.id = m.party_org_id LEFT JOIN bodies b ON "
        "b.id = m.body_id WHERE m.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (!q.kind.empty()) {
        where += " AND m.kind = :kind";
        p.push_back({"kind", q.kind});
    }
    // from/to are China days; a day starts at 16:00 UTC the day before
    if (auto from = to_utc(q.from + "T00:00")) {
        where += " AND m.starts_at >= :from";
        p.push_back({"from", *from});
    }
    if (auto to = to_utc(q.to + "T23:59:59")) {
        where += " AND m.starts_at <= :to";
        p.push_back({"to", *to});
    }
    if (q.party_org_id) {
        where += " AND m.party_org_id = :org";
        p.push_back({"org", *q.party_org_id});
    }
    if (!q.q.empty()) {
        where += " AND (m.title LIKE :q OR m.place LIKE :q OR m.topic LIKE :q)";
        p.push_back({"q", "%" + q.q + "%"});
    }
    const int64_t total = tx.one("SELECT COUNT(*) AS n" + where, p)->i("n");
    auto page = p;
    page.push_back({"limit", q.page_size});
    page.push_back({"offset", (q.page - 1) * q.page_size});
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT m.*, p.name AS party_org_name, b.name AS body_name" + where +
                                      " ORDER BY m.starts_at DESC, m.id DESC LIMIT :limit OFFSET :offset",
                                  page)) {
        auto j = meeting_json(r);
        j.erase("minutes");
        j.erase("agenda");
        j["counts"] = attendance_counts(tx, r.i("id"));
        items.push_back(std::move(j));
    }
    return {{"items", items}, {"total", total}};
}

}  // namespace zhixie::meetings
