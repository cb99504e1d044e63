#include "audit/audit_log.hpp"
#include "domains/org/list_rules.hpp"
#include "domains/org/lists.hpp"

namespace zhixie::org {

int64_t create_entry(storage::Tx& tx, const audit::Actor& actor, const ListSpec& spec, int64_t committee_id,
                     const Changes& values) {
    check_entry_values(tx, spec, committee_id, values, std::nullopt);
    std::string columns = "committee_id", placeholders = ":c";
    storage::Params p{{"c", committee_id}};
    for (const auto& [column, value] : values) {
        columns += ", " + column;
        placeholders += ", :v_" + column;
        p.emplace_back("v_" + column, value);
    }
    const int64_t id = tx.insert(
        "INSERT INTO " + spec.table + " (" + columns + ") VALUES (" + placeholders + ") RETURNING id", p);
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = committee_id;
    audit::append(tx, a, spec.object_type + ".created", spec.object_type, std::to_string(id),
                  {{"after", entry_json(tx, spec, committee_id, id)}});
    return id;
}

nlohmann::json add_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                         const ListSpec& spec, const Changes& values) {
    auto tx = db.write();
    const int64_t id = create_entry(tx, actor, spec, me.committee_id, values);
    auto out = entry_json(tx, spec, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
