#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

int64_t create_staff(storage::Tx& tx, const audit::Actor& actor, int64_t committee_id, Record r, Lang lang) {
    check_for_write(tx, committee_id, r, std::nullopt, std::nullopt, lang);
    auto p = record_params(r);
    p.emplace_back("c", committee_id);
    p.emplace_back("now", clock::now_iso());
    const int64_t id = tx.insert(
        "INSERT INTO staff (committee_id, name, name_pinyin, name_initials, gender, birth_date, id_card, "
        "phone, "
        "rank, post, body_id, status, joined_on, left_on, created_at, updated_at) VALUES (:c, :name, "
        ":name_pinyin, :name_initials, :gender, :birth_date, :id_card, :phone, :rank, :post, :body_id, "
        ":status, "
        ":joined_on, :left_on, :now, :now) RETURNING id",
        p);
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = committee_id;
    audit::append(tx, a, "staff.created", "staff", std::to_string(id), {{"after", audit_view(r)}});
    return id;
}

nlohmann::json add_staff(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         const Fields& f) {
    auto tx = db.write();
    const int64_t id = create_staff(tx, actor, me.committee_id, apply(f), lang);
    auto out = person_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::staff
