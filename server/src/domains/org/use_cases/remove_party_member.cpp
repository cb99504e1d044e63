#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "domains/org/org.hpp"

namespace zhixie::org {

void remove_party_member(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id) {
    auto tx = db.write();
    auto row = tx.one(
        "SELECT m.id, m.party_org_id, m.person_kind, m.person_id, m.role FROM party_org_members m "
        "JOIN party_orgs o ON o.id = m.party_org_id WHERE m.id = :id AND o.committee_id = :c",
        {{"id", id}, {"c", me.committee_id}});
    if (!row) throw AppError::not_found();
    tx.exec("DELETE FROM party_org_members WHERE id = :id", {{"id", id}});
    audit::append(tx, actor, "party_org.member_removed", "party_org", std::to_string(row->i("party_org_id")),
                  {{"before", row->json()}});
    tx.commit();
}

}  // namespace zhixie::org
