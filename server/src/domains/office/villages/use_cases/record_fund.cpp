#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

namespace {
constexpr int64_t kMaxFen = 100'000'000'000;  // ¥1,000,000,000 in one record is a typing mistake
}

nlohmann::json record_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t village_id, const FundFields& f) {
    auto tx = db.write();
    village_json(tx, me.committee_id, village_id);  // 404 first
    FieldErrors e;
    check::required(e, "source", f.source, 100);
    if (!f.amount_fen)
        e.add("amount_fen", "field_required");
    else if (*f.amount_fen <= 0 || *f.amount_fen > kMaxFen)
        e.add("amount_fen", "field_out_of_range", {{"value", *f.amount_fen}, {"min", 1}, {"max", kMaxFen}});
    check::date(e, "received_on", f.received_on, true);
    max_chars(e, "note", f.note, 500);
    e.throw_if_any(lang, labels());
    int64_t id = tx.insert(
        "INSERT INTO office_village_funds (committee_id, village_id, source, amount_fen, received_on, note, "
        "created_by, created_at) VALUES (:c, :v, :s, :a, :d, :note, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"v", village_id},
         {"s", f.source},
         {"a", *f.amount_fen},
         {"d", f.received_on},
         {"note", f.note},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "office_village.fund_recorded", "office_village", std::to_string(village_id),
                  {{"after",
                    {{"fund_id", id},
                     {"source", f.source},
                     {"amount_fen", *f.amount_fen},
                     {"received_on", f.received_on}}}});
    auto out = village_json(tx, me.committee_id, village_id);
    tx.commit();
    return out;
}

void delete_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t fund_id) {
    auto tx = db.write();
    auto r = tx.one(
        "SELECT village_id, source, amount_fen, received_on FROM office_village_funds WHERE id = :id AND "
        "committee_id = :c",
        {{"id", fund_id}, {"c", me.committee_id}});
    if (!r) throw AppError::not_found();
    tx.exec("DELETE FROM office_village_funds WHERE id = :id", {{"id", fund_id}});
    audit::append(tx, actor, "office_village.fund_deleted", "office_village",
                  std::to_string(r->i("village_id")),
                  {{"before",
                    {{"fund_id", fund_id},
                     {"source", r->s("source")},
                     {"amount_fen", r->i("amount_fen")},
                     {"received_on", r->s("received_on")}}}});
    tx.commit();
}

}  // namespace zhixie::office::villages
