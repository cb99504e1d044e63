#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "domains/org/lists.hpp"

namespace zhixie::org {

void delete_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, const ListSpec& spec,
                  int64_t id) {
    auto tx = db.write();
    nlohmann::json before = entry_json(tx, spec, me.committee_id, id);  // 404 for other committees
    if (const int64_t n = before[spec.usage_key].get<int64_t>(); n > 0)
        throw AppError::conflict("in_use", {{"count", n}});
    if (!spec.records_sql.empty()) {
        const int64_t n =
            tx.one("SELECT (" + spec.records_sql + ") AS n FROM " + spec.table + " t WHERE t.id = :id",
                   {{"id", id}})
                ->i("n");
        if (n > 0) throw AppError::conflict("in_use", {{"count", n}});
    }
    tx.exec("DELETE FROM " + spec.table + " WHERE id = :id AND committee_id = :c",
            {{"id", id}, {"c", me.committee_id}});
    audit::append(tx, actor, spec.object_type + ".deleted", spec.object_type, std::to_string(id),
                  {{"before", before}});
    tx.commit();
}

}  // namespace zhixie::org
