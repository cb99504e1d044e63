#include "audit/audit_log.hpp"
#include "domains/office/care/care.hpp"

namespace zhixie::office::care {

void delete_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id) {
    auto tx = db.write();
    auto ev = tx.one(
        "SELECT id, staff_id, kind, event_date FROM office_care_events WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", me.committee_id}});
    if (!ev) throw AppError::not_found();
    if (auto letter = tx.one("SELECT id FROM office_letters WHERE care_event_id = :id", {{"id", id}}))
        throw AppError::conflict("care_event_has_letter", {{"letter_id", letter->i("id")}});
    tx.exec("DELETE FROM office_care_events WHERE id = :id", {{"id", id}});
    audit::append(tx, actor, "office_care_event.withdrawn", "office_care_event", std::to_string(id),
                  {{"before", ev->json()}});
    tx.commit();
}

}  // namespace zhixie::office::care
