#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "domains/org/org.hpp"
#include "domains/org/party.hpp"

namespace zhixie::org {

void delete_party_org(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id) {
    auto tx = db.write();
    nlohmann::json before = party_org_json(tx, me.committee_id, id);  // 404 for other committees
    if (!before["children"].empty())
        throw AppError::conflict("in_use", {{"count", before["children"].size()}});
    tx.exec("DELETE FROM party_org_members WHERE party_org_id = :id", {{"id", id}});
    tx.exec("DELETE FROM party_orgs WHERE id = :id AND committee_id = :c",
            {{"id", id}, {"c", me.committee_id}});
    before.erase("children");
    audit::append(tx, actor, "party_org.deleted", "party_org", std::to_string(id), {{"before", before}});
    tx.commit();
}

}  // namespace zhixie::org
