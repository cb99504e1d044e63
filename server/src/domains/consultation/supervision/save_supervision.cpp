#include "audit/audit_log.hpp"
#include "domains/consultation/supervision/supervision_record.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

namespace {
// Creates (id empty) or updates the item, with its team and departments.
nlohmann::json save(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                    std::optional<int64_t> id, int64_t version, const SupervisionFields& f) {
    const bool creating = !id;
    auto tx = db.write();
    if (id) office::expect_version(load_owner(tx, me.committee_id, "supervision", *id).version, version);
    FieldErrors e;
    auto p = supervision_params(f, e);
    e.throw_if_any(lang, labels());
    p.emplace_back("c", me.committee_id);
    if (id) {
        p.emplace_back("id", *id);
        tx.exec(
            "UPDATE supervision_items SET mode = :mode, subject = :subject, description = :description, "
            "findings "
            "= :findings, started_on = :started_on, version = version + 1, updated_at = :now WHERE id = :id "
            "AND "
            "committee_id = :c",
            p);
    } else {
        p.emplace_back("u", me.user_id);
        id = tx.insert(
            "INSERT INTO supervision_items (committee_id, mode, subject, description, findings, started_on, "
            "created_by, created_at, updated_at) VALUES (:c, :mode, :subject, :description, :findings, "
            ":started_on, :u, :now, :now) RETURNING id",
            p);
    }
    save_people(tx, me.committee_id, "supervision", *id, f.people, e, f.started_on, f.subject);
    e.throw_if_any(lang, labels());
    audit::append(tx, actor, creating ? "supervision_item.created" : "supervision_item.updated",
                  "supervision_item", std::to_string(*id), {{"mode", f.mode}, {"subject", f.subject}});
    auto out = supervision_json(tx, me.committee_id, *id);
    tx.commit();
    return out;
}
}  // namespace

nlohmann::json create_supervision(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, const SupervisionFields& f) {
    return save(db, me, actor, lang, std::nullopt, 0, f);
}

nlohmann::json update_supervision(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, int64_t version, const SupervisionFields& f) {
    return save(db, me, actor, lang, id, version, f);
}

}  // namespace zhixie::consultation
