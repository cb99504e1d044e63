#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "domains/org/org.hpp"
#include "domains/org/party.hpp"

namespace zhixie::org {

void add_party_member(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor,
                      const NewPartyMember& m) {
    party_org_summary(tx, committee_id, m.party_org_id);  // 404 for other committees
    check_choice("person_kind", m.person_kind, {"staff", "member"});
    check_choice("role", m.role, kPartyRoles);
    const std::string table = m.person_kind == "staff" ? "staff" : "members";
    auto person = tx.one("SELECT name FROM " + table + " WHERE id = :p AND committee_id = :c",
                         {{"p", m.person_id}, {"c", committee_id}});
    if (!person) throw AppError::invalid_field("person_id", "no such person");
    if (tx.one("SELECT id FROM party_org_members WHERE party_org_id = :o AND person_kind = :k AND person_id "
               "= :p",
               {{"o", m.party_org_id}, {"k", m.person_kind}, {"p", m.person_id}}))
        throw AppError::conflict("duplicate", {{"field", "person_id"}});
    const int64_t id = tx.insert(
        "INSERT INTO party_org_members (party_org_id, person_kind, person_id, role) VALUES (:o, :k, :p, :r) "
        "RETURNING id",
        {{"o", m.party_org_id}, {"k", m.person_kind}, {"p", m.person_id}, {"r", m.role}});
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = committee_id;
    audit::append(tx, a, "party_org.member_added", "party_org", std::to_string(m.party_org_id),
                  {{"after",
                    {{"membership_id", id},
                     {"person_kind", m.person_kind},
                     {"person_id", m.person_id},
                     {"name", person->s("name")},
                     {"role", m.role}}}});
}

nlohmann::json join_party_org(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              const NewPartyMember& m) {
    auto tx = db.write();
    add_party_member(tx, me.committee_id, actor, m);
    auto out = party_org_json(tx, me.committee_id, m.party_org_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
