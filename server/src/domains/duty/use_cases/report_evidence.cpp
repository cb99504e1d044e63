#include "domains/duty/duty.hpp"

namespace zhixie::duty {

// The evidence of a report: for staff who decide reports or read dossiers, and for the member who filed it;
// 404 for anyone else and for other committees' reports.
files::Stored report_evidence(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto r = tx.one(
        "SELECT r.id, m.user_id FROM duty_reports r JOIN members m ON m.id = r.member_id WHERE r.id = :id "
        "AND "
        "r.committee_id = :c",
        {{"id", id}, {"c", me.committee_id}});
    if (!r) throw AppError::not_found();
    const bool own = !r->is_null("user_id") && r->i("user_id") == me.user_id;
    if (!own && !me.has("duty:report:approve") && !me.has("duty:record:read")) throw AppError::not_found();
    const files::Owner owner{me.committee_id, "duty_report", id};
    auto list = files::list(tx, owner);
    if (list.empty()) throw AppError::not_found();
    auto f = files::load(tx, owner, list.front()["id"].get<int64_t>());
    if (!f) throw AppError::not_found();
    return *f;
}

}  // namespace zhixie::duty
