#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"
#include "domains/org/party.hpp"

namespace zhixie::org {

namespace {
storage::Value nullable(const std::optional<int64_t>& v) {
    return v ? storage::Value(*v) : storage::Value{};
}
}  // namespace

nlohmann::json update_party_org(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                const PartyOrgChange& c) {
    if (c.name && text::trim(*c.name).empty()) throw AppError::missing_field("name");
    auto tx = db.write();
    nlohmann::json before = party_org_summary(tx, me.committee_id, c.id);  // 404 for other committees
    check_version(before, c.version);
    Changes changes;
    if (c.name) changes.emplace_back("name", text::trim(*c.name));
    if (c.sort) changes.emplace_back("sort", *c.sort);
    if (c.parent_id) {
        check_party_parent(tx, me.committee_id, before["kind"], *c.parent_id);
        changes.emplace_back("parent_id", nullable(*c.parent_id));
    }
    if (c.body_id) {
        check_body(tx, me.committee_id, *c.body_id, "body_id");
        changes.emplace_back("body_id", nullable(*c.body_id));
    }
    update_versioned(tx, "party_orgs", me.committee_id, c.id, c.version, changes);
    nlohmann::json after = party_org_summary(tx, me.committee_id, c.id);
    audit::append(tx, actor, "party_org.updated", "party_org", std::to_string(c.id),
                  {{"before", before}, {"after", after}});
    auto out = party_org_json(tx, me.committee_id, c.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
