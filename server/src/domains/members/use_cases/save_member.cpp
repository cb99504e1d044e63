#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/error.hpp"
#include "domains/members/members.hpp"

namespace zhixie::members {

namespace {
nlohmann::json summary_of(const nlohmann::json& m) {
    nlohmann::json s = nlohmann::json::object();
    for (const char* k : {"name", "gender", "sector_name", "cppcc_post", "is_standing", "work_unit",
                          "job_title", "phone", "address", "status", "township_group_name"})
        if (m.contains(k)) s[k] = m[k];
    return s;
}
}  // namespace

nlohmann::json create_member(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const MemberFields& f) {
    auto tx = db.write();
    int64_t term = current_term(tx, me.committee_id);
    FieldErrors e;
    validate(tx, me.committee_id, term, f, std::nullopt, e);
    e.throw_if_any(lang, labels());
    int64_t id = insert_member(tx, me.committee_id, term, crypto::random_token(12), f);
    auto out = member_json(tx, me.committee_id, id);
    audit::append(tx, actor, "member.created", "member", std::to_string(id), {{"after", summary_of(out)}});
    tx.commit();
    return out;
}

nlohmann::json update_member(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t id, int64_t version, const MemberFields& f) {
    auto tx = db.write();
    auto before = member_json(tx, me.committee_id, id);  // 404 for other committees
    if (before["version"].get<int64_t>() != version)
        throw AppError::conflict("stale_version", {{"current_version", before["version"]}});
    FieldErrors e;
    validate(tx, me.committee_id, before["term_id"].get<int64_t>(), f, id, e);
    e.throw_if_any(lang, labels());
    if (update_member_row(tx, me.committee_id, id, version, f) == 0)
        throw AppError::conflict("stale_version");
    auto after = member_json(tx, me.committee_id, id);
    audit::append(tx, actor, "member.updated", "member", std::to_string(id),
                  {{"before", summary_of(before)}, {"after", summary_of(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::members
