#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

namespace {
constexpr int64_t kMaxFen = 100'000'000'000;  // ¥1,000,000,000 in one record is a typing mistake

void check_fund(Lang lang, const FundFields& f) {
    FieldErrors e;
    check::required(e, "source", f.source, 100);
    if (!f.amount_fen)
        e.add("amount_fen", "field_required");
    else if (*f.amount_fen <= 0 || *f.amount_fen > kMaxFen)
        e.add("amount_fen", "field_out_of_range", {{"value", *f.amount_fen}, {"min", 1}, {"max", kMaxFen}});
    check::date(e, "received_on", f.received_on, true);
    max_chars(e, "note", f.note, 500);
    e.throw_if_any(lang, labels());
}

nlohmann::json fund_brief(int64_t id, const std::string& source, int64_t amount_fen,
                          const std::string& received_on) {
    return {{"fund_id", id}, {"source", source}, {"amount_fen", amount_fen}, {"received_on", received_on}};
}

storage::Row find_fund(storage::Tx& tx, int64_t committee_id, int64_t fund_id) {
    auto r = tx.one(
        "SELECT village_id, source, amount_fen, received_on, version FROM office_village_funds WHERE id = "
        ":id "
        "AND committee_id = :c",
        {{"id", fund_id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return *r;
}
}  // namespace

nlohmann::json record_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t village_id, const FundFields& f) {
    auto tx = db.write();
    village_json(tx, me.committee_id, village_id);  // 404 first
    check_fund(lang, f);
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
                  {{"after", fund_brief(id, f.source, *f.amount_fen, f.received_on)}});
    auto out = village_json(tx, me.committee_id, village_id);
    tx.commit();
    return out;
}

nlohmann::json update_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t fund_id, int64_t version, const FundFields& f) {
    auto tx = db.write();
    auto before = find_fund(tx, me.committee_id, fund_id);
    expect_version(before.i("version"), version);
    check_fund(lang, f);
    if (tx.exec(
            "UPDATE office_village_funds SET source = :s, amount_fen = :a, received_on = :d, note = :note, "
            "version = version + 1 WHERE id = :id AND version = :v",
            {{"s", f.source},
             {"a", *f.amount_fen},
             {"d", f.received_on},
             {"note", f.note},
             {"id", fund_id},
             {"v", version}}) == 0)
        throw AppError::conflict("stale_version");
    const int64_t village_id = before.i("village_id");
    audit::append(
        tx, actor, "office_village.fund_updated", "office_village", std::to_string(village_id),
        {{"before", fund_brief(fund_id, before.s("source"), before.i("amount_fen"), before.s("received_on"))},
         {"after", fund_brief(fund_id, f.source, *f.amount_fen, f.received_on)}});
    auto out = village_json(tx, me.committee_id, village_id);
    tx.commit();
    return out;
}

void delete_fund(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t fund_id) {
    auto tx = db.write();
    auto r = find_fund(tx, me.committee_id, fund_id);
    tx.exec("DELETE FROM office_village_funds WHERE id = :id", {{"id", fund_id}});
    audit::append(tx, actor, "office_village.fund_deleted", "office_village",
                  std::to_string(r.i("village_id")),
                  {{"before", fund_brief(fund_id, r.s("source"), r.i("amount_fen"), r.s("received_on"))}});
    tx.commit();
}

}  // namespace zhixie::office::villages
