#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"
#include "domains/org/party.hpp"

namespace zhixie::org {

int64_t create_party_org(storage::Tx& tx, const audit::Actor& actor, const NewPartyOrg& o) {
    if (text::trim(o.name).empty()) throw AppError::missing_field("name");
    check_choice("kind", o.kind, kPartyOrgKinds);
    check_party_parent(tx, o.committee_id, o.kind, o.parent_id);
    check_body(tx, o.committee_id, o.body_id, "body_id");
    if (o.kind == "leading_group" &&
        tx.one("SELECT id FROM party_orgs WHERE committee_id = :c AND kind = 'leading_group'",
               {{"c", o.committee_id}}))
        throw AppError::conflict("duplicate", {{"field", "kind"}});
    const int64_t id = tx.insert(
        "INSERT INTO party_orgs (committee_id, parent_id, name, kind, body_id, sort) "
        "VALUES (:c, :p, :n, :k, :b, :s) RETURNING id",
        {{"c", o.committee_id},
         {"p", o.parent_id ? storage::Value(*o.parent_id) : storage::Value{}},
         {"n", text::trim(o.name)},
         {"k", o.kind},
         {"b", o.body_id ? storage::Value(*o.body_id) : storage::Value{}},
         {"s", o.sort}});
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = o.committee_id;
    audit::append(tx, a, "party_org.created", "party_org", std::to_string(id),
                  {{"after", party_org_summary(tx, o.committee_id, id)}});
    return id;
}

nlohmann::json add_party_org(storage::Db& db, const audit::Actor& actor, const NewPartyOrg& o) {
    auto tx = db.write();
    const int64_t id = create_party_org(tx, actor, o);
    auto out = party_org_json(tx, o.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
