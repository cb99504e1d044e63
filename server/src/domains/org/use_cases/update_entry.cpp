#include "audit/audit_log.hpp"
#include "domains/org/list_rules.hpp"
#include "domains/org/lists.hpp"

namespace zhixie::org {

nlohmann::json update_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                            const ListSpec& spec, int64_t id, int64_t version, const Changes& values) {
    auto tx = db.write();
    nlohmann::json before = entry_json(tx, spec, me.committee_id, id);  // 404 for other committees
    check_version(before, version);
    check_entry_values(tx, spec, me.committee_id, values, id);
    update_versioned(tx, spec.table, me.committee_id, id, version, values);
    nlohmann::json after = entry_json(tx, spec, me.committee_id, id);
    audit::append(tx, actor, spec.object_type + ".updated", spec.object_type, std::to_string(id),
                  {{"before", before}, {"after", after}});
    tx.commit();
    return after;
}

}  // namespace zhixie::org
