#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::meetings {

namespace {
const char* kSums =
    "COUNT(d.id) AS donations, CAST(COALESCE(SUM(d.cash_fen), 0) AS BIGINT) AS cash_fen, "
    "CAST(COALESCE(SUM(d.goods_fen), 0) AS BIGINT) AS "
    "goods_fen, COUNT(DISTINCT d.member_id) AS donors";

nlohmann::json campaign_json(const storage::Row& r) {
    auto j = r.json();
    for (const char* k : {"cash", "goods"})
        j[std::string(k)] = fen_to_yuan(r.i(std::string(k) + "_fen"));
    j["total"] = fen_to_yuan(r.i("cash_fen") + r.i("goods_fen"));
    return j;
}
}  // namespace

nlohmann::json list_campaigns(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query(std::string("SELECT c.id, c.title, c.description, c.starts_on, ") + kSums +
                      " FROM donation_campaigns c LEFT JOIN donations d ON d.campaign_id = c.id "
                      "WHERE c.committee_id = :c GROUP BY c.id, c.title, c.description, "
                      "c.starts_on ORDER BY c.starts_on DESC, c.id DESC",
                  {{"c", me.committee_id}}))
        items.push_back(campaign_json(r));
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json get_campaign(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto r = tx.one(
        std::string("SELECT c.id, c.title, c.description, c.starts_on, ") + kSums +
            " FROM donation_campaigns c LEFT JOIN donations d ON d.campaign_id = c.id WHERE c.id = :id "
            "AND c.committee_id = :c GROUP BY c.id, c.title, c.description, c.starts_on",
        {{"id", id}, {"c", me.committee_id}});
    if (!r) throw AppError::not_found();
    auto out = campaign_json(*r);
    out["items"] = nlohmann::json::array();
    for (const auto& d :
         tx.query("SELECT d.id, d.member_id, m.name AS member_name, d.cash_fen, d.goods_fen, "
                  "d.goods, d.donated_on FROM donations d JOIN members m ON m.id = d.member_id "
                  "WHERE d.campaign_id = :id ORDER BY d.donated_on, d.id",
                  {{"id", id}})) {
        auto j = d.json();
        j["cash"] = fen_to_yuan(d.i("cash_fen"));
        j["goods_value"] = fen_to_yuan(d.i("goods_fen"));
        out["items"].push_back(j);
    }
    return out;
}

nlohmann::json create_campaign(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const std::string& title, const std::string& description,
                               const std::string& starts_on) {
    FieldErrors e;
    check::required(e, "title", title, 200);
    if (description.size() > 20000) e.add("description", "field_too_long", {{"max", 5000}});
    check::date(e, "starts_on", starts_on, true);
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    const int64_t id = tx.insert(
        "INSERT INTO donation_campaigns (committee_id, title, description, starts_on, created_at) VALUES "
        "(:c, "
        ":t, :d, :s, :now) RETURNING id",
        {{"c", me.committee_id},
         {"t", title},
         {"d", description},
         {"s", starts_on},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "donation_campaign.created", "donation_campaign", std::to_string(id),
                  {{"title", title}});
    tx.commit();
    return get_campaign(db, me, id);
}

nlohmann::json add_donation(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t campaign_id, const DonationFields& f) {
    auto tx = db.write();
    auto c = tx.one("SELECT title FROM donation_campaigns WHERE id = :id AND committee_id = :c",
                    {{"id", campaign_id}, {"c", me.committee_id}});
    if (!c) throw AppError::not_found();
    FieldErrors e;
    auto member = tx.one("SELECT name FROM members WHERE id = :id AND committee_id = :c",
                         {{"id", f.member_id}, {"c", me.committee_id}});
    if (!member) e.add("member_id", "field_unknown_ref", {{"value", f.member_id}});
    auto cash = yuan_to_fen(f.cash);
    auto goods = yuan_to_fen(f.goods_value);
    if (!cash) e.add("cash", "field_invalid_amount", {{"value", f.cash}});
    if (!goods) e.add("goods_value", "field_invalid_amount", {{"value", f.goods_value}});
    if (cash && goods && *cash + *goods == 0) e.add("cash", "field_required");
    if (goods && *goods > 0 && f.goods.empty()) e.add("goods", "field_required");
    if (f.goods.size() > 2000) e.add("goods", "field_too_long", {{"max", 500}});
    check::date(e, "donated_on", f.donated_on, true);
    e.throw_if_any(lang, labels());
    const int64_t id = tx.insert(
        "INSERT INTO donations (committee_id, campaign_id, member_id, cash_fen, goods_fen, goods, "
        "donated_on, "
        "created_at) VALUES (:c, :camp, :m, :cash, :goods_fen, :goods, :on, :now) RETURNING id",
        {{"c", me.committee_id},
         {"camp", campaign_id},
         {"m", f.member_id},
         {"cash", *cash},
         {"goods_fen", *goods},
         {"goods", f.goods},
         {"on", f.donated_on},
         {"now", clock::now_iso()}});
    duty::record(tx, {me.committee_id,
                      f.member_id,
                      duty::kind::donation,
                      "donation",
                      id,
                      f.donated_on,
                      "捐赠：" + c->s("title"),
                      1.0,
                      "confirmed",
                      {{"cash", fen_to_yuan(*cash)}, {"goods_value", fen_to_yuan(*goods)}}});
    audit::append(
        tx, actor, "donation.recorded", "donation_campaign", std::to_string(campaign_id),
        {{"member", member->s("name")}, {"cash", fen_to_yuan(*cash)}, {"goods_value", fen_to_yuan(*goods)}});
    tx.commit();
    return get_campaign(db, me, campaign_id);
}

}  // namespace zhixie::meetings
