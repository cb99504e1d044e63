#include "demo/seed_proposals.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "audit/actor.hpp"
#include "core/clock.hpp"
#include "demo/demo_person.hpp"
#include "demo/seed_demo.hpp"
#include "domains/proposals/proposals.hpp"
#include "domains/users/users.hpp"

namespace zhixie::demo {

namespace {

// ---- the handling units ----
struct UnitSeed {
    const char* code;  // also the username of the unit's sign-in
    const char*
        county;  // its name in a county (县) and in a county-level city (市): as the organisation seed
    const char* city;  // names them, so the same unit is never made twice
};
const UnitSeed kUnits[] = {
    {"jiaoyu", "县教育局", "市教育局"},
    {"zhujian", "县住房和城乡建设局", "市住房和城乡建设局"},
    {"weijian", "县卫生健康局", "市卫生健康局"},
    {"nongye", "县农业农村局", "市农业农村局"},
    {"shuili", "县水利局", "市水利和湖泊局"},
    {"jiaotong", "县交通运输局", "市交通运输局"},
    {"wenlv", "县文化和旅游局", "市文化和旅游局"},
    {"renshe", "县人力资源和社会保障局", "市人力资源和社会保障局"},
    {"minzheng", "县民政局", "市民政局"},
    {"fagai", "县发展和改革局", "市发展和改革局"},
    {"gongxin", "县工业和信息化局", "市经济和信息化局"},
    {"ziran", "县自然资源局", "市自然资源和规划局"},
    {"huanjing", "县生态环境局", "市生态环境局"},
    {"sifa", "县司法局", "市司法局"},
};

std::string unit_name(const UnitSeed& u, const ProposalSeedSpec& spec) {
    return spec.level == "县" ? u.county : u.city;
}

std::string fill(std::string s, const ProposalSeedSpec& spec) {
    for (const auto& [key, value] : {std::pair{"{r}", &spec.level},
                                     {"{place}", &spec.place},
                                     {"{specialty}", &spec.specialty},
                                     {"{heritage}", &spec.heritage},
                                     {"{ecology}", &spec.ecology}})
        for (auto pos = s.find(key); pos != std::string::npos; pos = s.find(key))
            s.replace(pos, std::string(key).size(), *value);
    return s;
}

// ---- what members write about: our own short texts (情况 / 问题 / 建议) ----
struct Topic {
    const char* category;
    const char* title;
    const char* situation;
    const char* suggestion;
    const char* lead;  // unit code
    const char* co;    // co-handling unit code, or ""
};
const Topic kTopics[] = {
    {"农业农村", "关于加强农村饮水安全保障的建议",
     "我{r}部分山区村组仍靠小型集中供水工程供水，枯水期水量不足，水质检测频次偏低，群众反映较多。",
     "实施农村供水管网延伸和联网改造；建立水质定期检测和公示制度；落实工程管护经费和专管人员。", "shuili",
     ""},
    {"农业农村", "关于做大做强{specialty}产业的建议",
     "{specialty}是我{r}特色产业，但精深加工不足、品牌影响力弱，丰产不丰收的情况时有发生。",
     "扶持龙头企业发展精深加工；统一区域公用品牌和质量标准；搭建电商销售和冷链物流平台。", "nongye",
     "gongxin"},
    {"农业农村", "关于完善农村人居环境整治长效机制的建议",
     "农村人居环境整治成效明显，但部分村庄存在重建设轻管护、垃圾转运不及时等问题。",
     "建立村庄保洁和设施管护经费保障机制；推行垃圾分类减量；将整治成效纳入乡镇考核。", "nongye", "zhujian"},
    {"农业农村", "关于加快高标准农田建设的建议",
     "我{r}已建成一批高标准农田，但部分项目配套不全、后期管护责任不清。",
     "统筹整合涉农资金；完善田间道路和灌排设施；明确建后管护主体和经费。", "nongye", "shuili"},
    {"农业农村", "关于扶持新型农业经营主体发展的建议",
     "家庭农场、农民合作社数量增长较快，但规模小、带动能力弱，融资和用地困难突出。",
     "开展示范社和示范家庭农场创建；创新农业信贷担保产品；保障设施农业用地。", "nongye", "fagai"},
    {"教育科技", "关于加强农村学校音体美教师配备的建议",
     "农村中小学音乐、体育、美术教师缺口较大，多由其他学科教师兼任，课程开不足、开不好。",
     "在教师招聘中单列音体美岗位；推行县域内教师走教和集团化办学；加强兼职教师培训。", "jiaoyu", "renshe"},
    {"教育科技", "关于解决城区学校大班额问题的建议",
     "随着城镇化推进，城区学校学位紧张，部分班级人数超过标准，影响教学质量和安全。",
     "科学规划新建和改扩建城区学校；落实新建小区配套学校建设；推进城乡学校共同体。", "jiaoyu", "zhujian"},
    {"教育科技", "关于加强中小学生心理健康教育的建议",
     "中小学生心理问题呈上升趋势，学校专职心理教师不足，家校医协同机制尚未建立。",
     "每校至少配备一名专兼职心理教师；建立学生心理健康筛查和转介机制；加强家庭教育指导。", "jiaoyu",
     "weijian"},
    {"教育科技", "关于推进职业教育产教融合的建议",
     "职业教育专业设置与本地产业需求衔接不够，学生实习实训基地不足。",
     "围绕主导产业调整专业设置；鼓励企业共建实训基地；推行订单式培养。", "jiaoyu", "renshe"},
    {"医疗卫生", "关于提升乡镇卫生院服务能力的建议",
     "乡镇卫生院设备老化、人才流失，群众小病也往城里跑，基层首诊难以落实。",
     "加大乡镇卫生院设备更新投入；落实基层卫生人才待遇倾斜政策；推行县乡一体化管理。", "weijian", ""},
    {"医疗卫生", "关于推进县域医共体建设的建议",
     "医共体建设已经起步，但牵头医院与成员单位之间人财物统一管理尚不到位。",
     "完善医共体章程和利益分配机制；推进检查结果互认；建立远程会诊平台。", "weijian", ""},
    {"医疗卫生", "关于简化农村医保报销流程的建议",
     "部分农村群众反映异地就医备案和报销手续繁琐，来回奔波成本高。",
     "推行医保业务“一站式”结算；将备案和报销延伸到乡村两级经办；加强政策宣传。", "weijian", "minzheng"},
    {"医疗卫生", "关于加强基层中医药服务的建议", "基层中医药服务能力薄弱，中医馆建设和中医药人才培养滞后。",
     "在乡镇卫生院全面建设中医馆；开展中医药适宜技术推广；培养乡村中医药人才。", "weijian", ""},
    {"城乡建设", "关于规划建设城区公共停车场的建议",
     "城区机动车保有量快速增长，停车位严重不足，占道停车造成交通拥堵。",
     "编制城区停车设施专项规划；利用边角地建设立体停车场；推行智慧停车管理。", "zhujian", "jiaotong"},
    {"城乡建设", "关于加快老旧小区改造的建议",
     "城区部分老旧小区建成年代久远，管网老化、缺少电梯和物业管理，居民改造意愿强烈。",
     "制定老旧小区改造年度计划；统筹加装电梯和适老化改造；引入专业化物业服务。", "zhujian", ""},
    {"城乡建设", "关于解决城区雨季内涝问题的建议",
     "汛期强降雨时城区部分路段积水严重，排水管网标准偏低、雨污混流。",
     "实施排水管网提标改造和雨污分流；建设海绵城市设施；完善内涝应急预案。", "zhujian", "shuili"},
    {"城乡建设", "关于加强农村公路养护管理的建议",
     "农村公路里程不断增加，但养护资金不足、路面破损修复不及时。",
     "落实农村公路养护资金；推行“路长制”；建立群众护路队伍。", "jiaotong", ""},
    {"城乡建设", "关于优化城乡公交线路的建议",
     "部分偏远村组不通公交，群众出行不便，现有线路班次少、站点设置不合理。",
     "优化城乡公交线网；增开学生和赶集专线；推进城乡公交一体化。", "jiaotong", ""},
    {"生态环境", "关于落实河长制加强河道保洁的建议",
     "部分河道沿岸垃圾清理不及时，汛后淤积和岸线侵占问题仍然存在。",
     "压实各级河长责任；建立河道保洁长效机制；开展岸线清理专项行动。", "shuili", "huanjing"},
    {"生态环境", "关于{ecology}的建议", "{ecology}是我{r}生态保护的重点任务，历史遗留问题多、资金缺口大。",
     "编制专项规划并分年实施；争取上级项目和社会资本参与；建立修复成效评估机制。", "ziran", "huanjing"},
    {"生态环境", "关于加强农村生活污水治理的建议", "农村生活污水收集处理率偏低，部分已建设施运行不正常。",
     "因地制宜选择治理模式；落实设施运维经费；将治理与改厕统筹推进。", "huanjing", "nongye"},
    {"生态环境", "关于推进秸秆综合利用的建议", "秸秆还田和收储运体系不完善，季节性焚烧现象仍有发生。",
     "扶持秸秆收储运企业；推广秸秆饲料化和基料化利用；加强禁烧宣传和巡查。", "nongye", "huanjing"},
    {"文化旅游", "关于加强{heritage}保护利用的建议",
     "{heritage}是我{r}重要的历史文化资源，但保护投入不足，展示利用水平不高。",
     "编制保护利用规划；完善周边基础设施；开发研学旅游线路和文创产品。", "wenlv", ""},
    {"文化旅游", "关于发展乡村旅游的建议",
     "我{r}乡村旅游资源丰富，但产品同质化、配套服务不足，游客停留时间短。",
     "打造精品乡村旅游线路；扶持特色民宿和农家乐；加强旅游从业人员培训。", "wenlv", "nongye"},
    {"文化旅游", "关于加强农家书屋管理使用的建议", "部分农家书屋图书陈旧、开放时间不固定，利用率不高。",
     "推动农家书屋与新时代文明实践站融合；定期更新图书；开展全民阅读活动。", "wenlv", ""},
    {"社会民生", "关于加强社区居家养老服务的建议",
     "我{r}老龄化程度加深，社区养老服务站运营经费不足，专业护理人员缺乏。",
     "落实社区养老服务设施运营补贴；培育专业养老服务组织；推进医养结合。", "minzheng", "weijian"},
    {"社会民生", "关于关爱农村留守儿童的建议",
     "农村留守儿童在监护、心理和学业方面需要更多关爱，关爱服务力量分散。",
     "建立留守儿童动态台账；发挥学校和儿童之家作用；引导社会组织参与关爱服务。", "minzheng", "jiaoyu"},
    {"社会民生", "关于做好返乡创业青年服务的建议",
     "越来越多青年返乡创业，但面临政策信息不对称、创业培训和融资支持不足等问题。",
     "建设返乡创业孵化基地；开展创业培训和导师帮扶；落实创业担保贷款政策。", "renshe", "fagai"},
    {"社会民生", "关于保障农民工工资按时足额支付的建议",
     "工程建设领域欠薪问题时有发生，农民工维权渠道有待畅通。",
     "全面落实工资专用账户和保证金制度；加强欠薪线索排查；畅通维权热线。", "renshe", "zhujian"},
    {"经济发展", "关于破解小微企业融资难融资贵的建议", "小微企业普遍缺少抵押物，贷款审批慢、综合融资成本高。",
     "扩大政府性融资担保覆盖面；推广信用贷款和应收账款质押；设立应急转贷资金。", "fagai", "gongxin"},
    {"经济发展", "关于持续优化营商环境的建议", "企业反映部分审批事项办理环节多、时限长，涉企检查多头重复。",
     "深化“一网通办”；推行涉企检查“综合查一次”；建立企业诉求快速响应机制。", "fagai", ""},
    {"经济发展", "关于推进电子商务进农村的建议", "农村电商起步较晚，物流配送成本高，网店运营人才缺乏。",
     "完善县乡村三级物流配送体系；培育农村电商带头人；打造特色农产品网销品牌。", "gongxin", "nongye"},
    {"经济发展", "关于加快工业园区基础设施建设的建议",
     "工业园区道路、供水、污水处理等配套设施不完善，影响项目落地。",
     "加大园区基础设施投入；推行标准厂房建设；完善园区公共服务平台。", "gongxin", "fagai"},
    {"法治建设", "关于加强基层矛盾纠纷多元化解的建议",
     "基层矛盾纠纷类型日趋复杂，调解力量不足、衔接机制不畅。",
     "健全人民调解、行政调解、司法调解联动机制；加强调解员队伍建设；推广“枫桥经验”。", "sifa", "minzheng"},
    {"法治建设", "关于加强农村法治宣传教育的建议", "农村群众法律意识有待提高，法治宣传形式单一、针对性不强。",
     "培育农村“法律明白人”；开展以案释法；利用新媒体创新普法形式。", "sifa", ""},
};

// Proposals that the review does not accept, with how.
struct Refused {
    const char* category;
    const char* title;
    const char* content;
    const char* outcome;  // reject | convert
    const char* detail;   // the ground, or opinion / social_info
};
const Refused kRefused[] = {
    {"经济发展", "关于在全{r}推广某品牌白酒的建议", "建议机关单位接待统一使用某品牌白酒，以扶持该企业发展。",
     "reject", "为具体产品或企业作宣传推广"},
    {"社会民生", "关于解决本人子女工作安置问题的建议", "本人子女大学毕业多年未就业，请求有关部门予以安置。",
     "reject", "涉及个人或家庭私事"},
    {"城乡建设", "关于修复某小区门口路灯的建议", "某小区门口路灯损坏已一月有余，夜间出行不便。", "convert",
     "social_info"},
};

using Clock = std::chrono::system_clock;

Clock::time_point day(int year, int day_of_year, int hour = 10) {
    return clock::parse_iso(fmt::format("{}-01-01", year)) +
           std::chrono::hours(24 * (day_of_year - 1) + hour - 8);
}

const char* kReplies[] = {
    "您提出的建议很有针对性，我们已全部采纳并组织实施，相关工作已完成，具体情况如下……",
    "您的建议对我们改进工作很有帮助，我们已着手解决，并列入今明两年工作计划逐步推进……",
    "您的建议很有价值，但受资金和政策条件限制，目前难以全部实施，我们将留作今后工作参考……",
};

}  // namespace

void seed_units(storage::Tx& tx, int64_t committee_id, const ProposalSeedSpec& spec,
                const std::string& password_hash) {
    auto chengban = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = 'chengban'",
                           {{"c", committee_id}});
    for (const auto& u : kUnits) {
        const std::string name = unit_name(u, spec);
        auto row = tx.one("SELECT id FROM units WHERE committee_id = :c AND name = :n",
                          {{"c", committee_id}, {"n", name}});
        int64_t id = row ? row->i("id")
                         : tx.insert(
                               "INSERT INTO units (committee_id, name, kind) VALUES (:c, :n, 'department') "
                               "RETURNING id",
                               {{"c", committee_id}, {"n", name}});
        if (tx.one("SELECT user_id FROM user_units WHERE unit_id = :unit", {{"unit", id}})) continue;
        // the demo unit login answers for the first unit unless it already works for one; each other unit
        // gets a sign-in of its own
        int64_t user_id = 0;
        if (chengban &&
            !tx.one("SELECT unit_id FROM user_units WHERE user_id = :u", {{"u", chengban->i("id")}})) {
            user_id = chengban->i("id");
        } else if (auto user = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                                      {{"c", committee_id}, {"u", std::string(u.code)}})) {
            user_id = user->i("id");
        } else {
            user_id = users::create_user(
                tx, audit::system_actor(committee_id),
                {committee_id, u.code, name + "办公室", kDemoPassword, {"unit"}, false}, password_hash);
        }
        tx.exec("INSERT INTO user_units (user_id, unit_id) VALUES (:u, :unit)",
                {{"u", user_id}, {"unit", id}});
    }
}

namespace {

// How one proposal goes: its topic, when it was filed and what became of it.
struct Plan {
    int k = 0;
    int topic = 0;
    Clock::time_point submitted;
    bool plenary = false;
    bool by_member = false;  // the demo member files it, the demo leader co-signs
    // closed | rehandle | late | overdue | handling | awaiting_review | awaiting_feedback | under_review |
    // cosigning
    std::string fate = "closed";
    bool objection = false, extension = false;
    int merge_into = -1;  // k of the proposal it is merged into
    std::string key_leader;
};

constexpr auto kDay = std::chrono::hours(24);

class Year {
  public:
    Year(storage::Db& db, int64_t committee_id, const ProposalSeedSpec& spec)
        : db_(db), c_(committee_id), spec_(spec) {}

    bool load();
    void plan_and_run();

  private:
    using Fn = std::function<void()>;
    void at(Clock::time_point t, Fn f) { events_.push_back({t, order_++, std::move(f)}); }
    void file(const Plan& p);
    void handle(const Plan& p, Clock::time_point accepted);
    void refused(int k, const Refused& r, Clock::time_point submitted);
    void returned(int k, Clock::time_point submitted);
    proposals::Step step(int k, const std::string& note = "") const {
        return {ids_.at(k), std::nullopt, note};
    }
    int64_t unit(const std::string& code) const { return unit_ids_.at(code); }
    Person& unit_user(const std::string& code) { return unit_people_.at(unit(code)); }
    Person& proposer(const Plan& p) { return p.by_member ? *member_ : *staff_; }

    struct Event {
        Clock::time_point at;
        int order;
        Fn run;
    };
    storage::Db& db_;
    int64_t c_;
    const ProposalSeedSpec& spec_;
    std::optional<Person> staff_, office_, member_, leader_, party_leader_;
    int64_t leader_member_ = 0;
    std::map<std::string, int64_t> unit_ids_;
    std::map<int64_t, Person> unit_people_;
    std::vector<int64_t> members_;
    int64_t sector_ = 0, body_ = 0;
    std::string term_start_;
    std::map<int, int64_t> ids_;
    std::map<int, int> merges_;  // k merged → k of the case
    std::vector<int> key_;
    std::vector<Event> events_;
    int order_ = 0;
};

bool Year::load() {
    staff_ = person(db_, c_, "tianwei");
    office_ = person(db_, c_, "bangongshi");
    member_ = person(db_, c_, "weiyuan");
    leader_ = person(db_, c_, "lingdao");
    party_leader_ = person(db_, c_, "dangzheng");
    if (!staff_ || !office_ || !member_ || !leader_ || !party_leader_) return false;
    for (const auto& u : kUnits) {  // one connection at a time: the seed's pool is small
        auto r = db_.read().one(
            "SELECT un.id, MIN(us.username) AS username FROM units un JOIN user_units uu ON uu.unit_id = "
            "un.id JOIN "
            "users us ON us.id = uu.user_id WHERE un.committee_id = :c AND un.name = :n GROUP BY un.id",
            {{"c", c_}, {"n", unit_name(u, spec_)}});
        if (!r) return false;
        unit_ids_[u.code] = r->i("id");
        if (auto p = person(db_, c_, r->s("username"))) unit_people_.emplace(r->i("id"), *p);
    }
    auto tx = db_.read();
    for (const auto& r :
         tx.query("SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 "
                  "WHERE m.committee_id = :c AND m.status = '在任' AND m.user_id IS NULL ORDER BY m.id",
                  {{"c", c_}}))
        members_.push_back(r.i("id"));
    if (auto l = tx.one("SELECT id FROM members WHERE committee_id = :c AND user_id = :u",
                        {{"c", c_}, {"u", leader_->me.user_id}}))
        leader_member_ = l->i("id");
    if (auto s = tx.one("SELECT id FROM sectors WHERE committee_id = :c ORDER BY sort, id", {{"c", c_}}))
        sector_ = s->i("id");
    if (auto b =
            tx.one("SELECT id FROM bodies WHERE committee_id = :c AND kind = 'special_committee' ORDER BY "
                   "sort, id",
                   {{"c", c_}}))
        body_ = b->i("id");
    auto t = tx.one("SELECT start_date FROM terms WHERE committee_id = :c AND is_current = 1", {{"c", c_}});
    if (!t) return false;
    term_start_ = t->s("start_date");
    return members_.size() >= 60 && leader_member_ && unit_people_.size() == std::size(kUnits);
}

void Year::file(const Plan& p) {
    namespace P = proposals;
    const Topic& t = kTopics[p.topic];
    const int k = p.k;
    const int64_t lead = members_[static_cast<size_t>(k * 7 + 3) % members_.size()];
    P::Draft d{fill(t.title, spec_),
               fill(std::string("一、基本情况\n") + t.situation + "\n二、具体建议\n" + t.suggestion, spec_),
               t.category};
    if (p.by_member) {
        at(p.submitted, [this, k, d] {
            ids_[k] = P::create_proposal(db_, member_->me, member_->actor, Lang::zh, d)["id"];
            P::invite_cosigners(db_, member_->me, member_->actor, Lang::zh, step(k), {leader_member_}, false);
        });
        if (p.fate == "cosigning") return;
        at(p.submitted + std::chrono::hours(5),
           [this, k] { P::respond_cosign(db_, leader_->me, leader_->actor, ids_.at(k), true); });
        at(p.submitted + std::chrono::hours(6),
           [this, k] { P::proposer_step(db_, member_->me, member_->actor, Lang::zh, step(k), "submit"); });
        return;
    }
    at(p.submitted, [this, k, d, lead, plenary = p.plenary] {
        P::Draft x = d;
        x.lead_member_id = lead;
        if (k % 11 == 4) {
            x.source = "party";
            x.org_name = spec_.party_org;
        } else if (k % 13 == 6 && sector_ && plenary) {
            x.source = "sector_group";
            x.sector_id = sector_;
        } else if (k % 17 == 8 && body_) {
            x.source = "special_committee";
            x.body_id = body_;
        }
        ids_[k] = P::create_proposal(db_, staff_->me, staff_->actor, Lang::zh, x)["id"];
        if (k % 3 == 0)  // a joint proposal, signed on the paper form
            P::invite_cosigners(db_, staff_->me, staff_->actor, Lang::zh, step(k),
                                {members_[static_cast<size_t>(k * 7 + 4) % members_.size()],
                                 members_[static_cast<size_t>(k * 7 + 5) % members_.size()]},
                                true);
        P::proposer_step(db_, staff_->me, staff_->actor, Lang::zh, step(k), "submit");
    });
}

// From acceptance to wherever the case stands today.
void Year::handle(const Plan& p, Clock::time_point accepted) {
    namespace P = proposals;
    const Topic& t = kTopics[p.topic];
    const int k = p.k;
    std::string lead = t.lead, co = t.co;
    const auto assigned = accepted + kDay * 5;
    at(assigned, [this, k, lead, co] {
        std::vector<P::UnitRole> units{{unit(lead), "lead"}};
        if (!co.empty()) units.push_back({unit(co), "co"});
        P::assign_proposal(db_, staff_->me, staff_->actor, Lang::zh, step(k), units);
    });
    if (!p.key_leader.empty())
        at(assigned + kDay * 2, [this, k, who = p.key_leader] {
            P::mark_key(db_, staff_->me, staff_->actor, Lang::zh, ids_.at(k), true, {who},
                        "主席会议确定为年度重点提案");
        });
    auto signed_at = assigned + kDay * (1 + k % 3);
    if (p.objection) {
        const std::string old = lead;
        lead = co.empty() ? "fagai" : co;
        co.clear();
        at(assigned + kDay * 3, [this, k, old] {
            P::object_assignment(db_, unit_user(old).me, unit_user(old).actor, Lang::zh,
                                 {step(k, "该事项主要职责不在我单位，建议调整承办单位"), std::nullopt});
        });
        at(assigned + kDay * 6, [this, k, lead] {
            P::assign_proposal(db_, staff_->me, staff_->actor, Lang::zh, step(k, "经协商调整承办单位"),
                               {{unit(lead), "lead"}});
        });
        signed_at = assigned + kDay * 7;
    }
    at(signed_at, [this, k, lead, co] {
        P::sign_assignment(db_, unit_user(lead).me, unit_user(lead).actor, {step(k), std::nullopt});
        if (!co.empty())
            P::sign_assignment(db_, unit_user(co).me, unit_user(co).actor, {step(k), std::nullopt});
    });
    if (k % 4 != 3) {
        static const char* forms[] = {"面商", "电话", "座谈", "书面"};
        const auto when = signed_at + kDay * (12 + k % 20);
        at(when, [this, k, lead, when] {
            P::add_contact(db_, unit_user(lead).me, unit_user(lead).actor, Lang::zh,
                           {{step(k, "与提案人沟通办理思路，听取意见建议"), std::nullopt},
                            forms[k % 4],
                            clock::iso(when + std::chrono::hours(8)).substr(0, 10)});
        });
    }
    if (!co.empty())
        at(signed_at + kDay * 20, [this, k, co] {
            P::write_reply(db_, unit_user(co).me, unit_user(co).actor, Lang::zh,
                           {{step(k), std::nullopt},
                            "我单位同意主办单位的办理意见，将在职责范围内积极配合。",
                            "",
                            true});
        });
    if (!p.key_leader.empty())
        at(signed_at + kDay * 30, [this, k, who = p.key_leader] {
            P::add_supervision_note(db_, party_leader_->me, party_leader_->actor, Lang::zh, ids_.at(k),
                                    "note",
                                    who + "带队到承办单位督办，听取办理进展汇报，要求倒排工期、按时办结。");
        });
    if (p.fate == "handling" || p.fate == "overdue") {
        if (p.fate == "overdue")
            at(assigned + kDay * 95, [this, k, lead] {
                P::chase_proposal(db_, staff_->me, staff_->actor, Lang::zh,
                                  step(k, "已超过办理期限，请抓紧办理并答复"), unit(lead));
            });
        else
            at(signed_at + kDay * 20, [this, k, lead] {
                P::request_extension(db_, unit_user(lead).me, unit_user(lead).actor, Lang::zh,
                                     {{step(k), std::nullopt}, 30, "涉及项目需报上级审批，申请延期答复"});
            });
        return;
    }
    if (p.extension) {
        at(assigned + kDay * 75, [this, k, lead] {
            P::request_extension(db_, unit_user(lead).me, unit_user(lead).actor, Lang::zh,
                                 {{step(k), std::nullopt}, 30, "需会同上级部门研究，申请延期一个月答复"});
        });
        at(assigned + kDay * 77, [this, k] {
            P::decide_extension(db_, staff_->me, staff_->actor, Lang::zh, step(k, "同意延期"), true);
        });
    }
    // the reply: on time, in an extended time, or late
    const int days = p.fate == "late" ? 95 + k % 10 : p.extension ? 105 : 35 + (k * 7) % 50;
    static const char* kClasses[] = {"A", "A", "B", "A", "C", "B", "A", "B", "C", "A"};
    const std::string cls = kClasses[k % 10];
    const auto replied = assigned + kDay * days;
    auto reply = [this, k, lead](const std::string& c) {
        const int which = c == "A" ? 0 : c == "B" ? 1 : 2;
        P::write_reply(db_, unit_user(lead).me, unit_user(lead).actor, Lang::zh,
                       {{step(k), std::nullopt}, kReplies[which], c, false});
    };
    at(replied, [reply, cls] { reply(cls); });
    if (p.fate == "awaiting_review") return;
    const auto reviewed = replied + kDay * 4;
    at(reviewed, [this, k] {
        // a reply classed A that only promises action is a B
        P::review_reply(db_, staff_->me, staff_->actor, Lang::zh, step(k), true, k == 6 ? "B" : "");
    });
    if (p.fate == "awaiting_feedback") return;
    auto rate = [this, k, by_member = p.by_member](const std::string& work, const std::string& result,
                                                   const std::string& comment, int which) {
        Person& who = by_member ? *member_ : *staff_;
        const int64_t id = which < 0 ? ids_.at(k) : ids_.at(which);
        P::give_feedback(db_, who.me, who.actor, Lang::zh, {{id, std::nullopt, comment}, work, result});
    };
    const auto rated = reviewed + kDay * 7;
    if (p.fate == "rehandle") {
        at(rated,
           [rate] { rate("基本满意", "不满意", "答复内容较原则，具体措施和时间表不明确，请再研究。", -1); });
        at(rated + kDay * 25, [reply] { reply("B"); });
        at(rated + kDay * 28,
           [this, k] { P::review_reply(db_, staff_->me, staff_->actor, Lang::zh, step(k), true, ""); });
        at(rated + kDay * 33, [rate] { rate("满意", "基本满意", "再次办理答复具体，表示认可。", -1); });
        return;
    }
    at(rated,
       [rate, k] { rate(k % 4 == 1 ? "基本满意" : "满意", k % 5 == 2 ? "基本满意" : "满意", "", -1); });
    for (const auto& [other, into] : merges_)
        if (into == k)
            at(rated + kDay,
               [rate, other = other] { rate("满意", "基本满意", "并案办理，答复已收到。", other); });
    if (!p.key_leader.empty() && k % 2 == 0)
        at(rated + kDay * 40, [this, k] {
            P::add_supervision_note(db_, staff_->me, staff_->actor, Lang::zh, ids_.at(k), "review",
                                    "回头看：办理承诺事项已落实，群众反映良好。");
        });
}

void Year::refused(int k, const Refused& r, Clock::time_point submitted) {
    namespace P = proposals;
    const int64_t lead = members_[static_cast<size_t>(k * 5 + 1) % members_.size()];
    at(submitted, [this, k, r, lead] {
        P::Draft d{fill(r.title, spec_), r.content, r.category};
        d.lead_member_id = lead;
        ids_[k] = P::create_proposal(db_, staff_->me, staff_->actor, Lang::zh, d)["id"];
        P::proposer_step(db_, staff_->me, staff_->actor, Lang::zh, step(k), "submit");
    });
    at(submitted + kDay * 12, [this, k, r] {
        const std::string outcome = r.outcome;
        P::review_proposal(
            db_, staff_->me, staff_->actor, Lang::zh,
            {step(k, outcome == "reject" ? "不符合提案立案条件" : "转有关部门作为社情民意信息处理"), outcome,
             "", outcome == "reject" ? r.detail : "", outcome == "convert" ? r.detail : ""});
    });
}

// A proposal too vague to accept is returned, revised and accepted.
void Year::returned(int k, Clock::time_point submitted) {
    namespace P = proposals;
    const int64_t lead = members_[static_cast<size_t>(k * 5 + 2) % members_.size()];
    const Topic& t = kTopics[30];
    at(submitted, [this, k, lead] {
        P::Draft d{fill("关于加快{place}经济社会发展的几点思考", spec_), "希望进一步加快发展步伐。",
                   "经济发展"};
        d.lead_member_id = lead;
        ids_[k] = P::create_proposal(db_, staff_->me, staff_->actor, Lang::zh, d)["id"];
        P::proposer_step(db_, staff_->me, staff_->actor, Lang::zh, step(k), "submit");
    });
    at(submitted + kDay * 10, [this, k] {
        P::review_proposal(db_, staff_->me, staff_->actor, Lang::zh,
                           {step(k, "内容空泛，请聚焦一个具体问题并提出可操作的建议"), "return", "", "", ""});
    });
    at(submitted + kDay * 18, [this, k, t, lead] {
        P::Draft d{
            "关于推行涉企检查“综合查一次”的建议",
            fill(std::string("一、基本情况\n") + t.situation + "\n二、具体建议\n" + t.suggestion, spec_),
            "经济发展"};
        auto cur = P::get_proposal(db_, staff_->me, ids_.at(k));
        P::update_draft(db_, staff_->me, staff_->actor, Lang::zh, ids_.at(k), cur["version"], d);
        P::proposer_step(db_, staff_->me, staff_->actor, Lang::zh, step(k), "resubmit");
    });
    Plan p;
    p.k = k;
    p.topic = 30;
    handle(p, submitted + kDay * 25);
    at(submitted + kDay * 25, [this, k] {
        P::review_proposal(db_, staff_->me, staff_->actor, Lang::zh, {step(k), "accept", "", "", ""});
    });
}

void Year::plan_and_run() {
    namespace P = proposals;
    const auto now = Clock::now();
    // the plenary shown is the one some ten months back; later proposals are dated back from today
    const int year = std::stoi(clock::iso(now - kDay * 300).substr(0, 4));
    const int64_t session = P::session_of(P::Settings{}, term_start_, fmt::format("{}-01-10", year)).session;
    at(day(year, 2), [this, year, session] {
        P::update_settings(db_, office_->me, office_->actor, Lang::zh,
                           {{"sessions",
                             {{{"session", session},
                               {"start", fmt::format("{}-01-04", year)},
                               {"end", fmt::format("{}-01-09", year)}}}}});
    });
    const int topics = static_cast<int>(std::size(kTopics));
    const int plenary = std::min(22, spec_.count);
    // dated back from today: closed, closed…, awaiting feedback, awaiting review, overdue, handling, in
    // review
    static const std::pair<int, const char*> kRegular[] = {
        {300, "closed"},          {270, "closed"},  {240, "closed"},
        {210, "closed"},          {180, "closed"},  {130, "awaiting_feedback"},
        {120, "awaiting_review"}, {150, "overdue"}, {140, "overdue"},
        {70, "handling"},         {50, "handling"}, {12, "under_review"},
        {4, "under_review"}};
    std::vector<Plan> plans;
    for (int k = 0; k < std::min(topics, spec_.count); ++k) {
        Plan p;
        p.k = k;
        p.topic = k;
        if (k < plenary) {
            p.plenary = true;
            p.submitted = day(year, 4 + k % 6, 9 + k % 7);
            if (k == 2 || k == 5) p.fate = "rehandle";
            if (k == 11 || k == 14) p.fate = "late";
            p.objection = k == 7;
            p.extension = k == 9;
            p.by_member = k == 1 || k == 16;
        } else {
            const auto& [back, fate] = kRegular[(k - plenary) % std::size(kRegular)];
            p.submitted = now - kDay * back;
            p.fate = fate;
        }
        if (k == 0 || k == 6 || k == 10) p.key_leader = spec_.secretary;
        if (k == 12 || k == 15) p.key_leader = spec_.head;
        if (!p.key_leader.empty()) key_.push_back(k);
        plans.push_back(p);
    }
    // two proposals on topics already filed, merged into those cases (并案)
    for (int main : {13, 20}) {
        if (main >= static_cast<int>(plans.size())) continue;
        Plan p = plans[static_cast<size_t>(main)];
        p.k = static_cast<int>(plans.size());
        p.submitted += std::chrono::hours(30);
        p.by_member = false;
        p.merge_into = main;
        merges_[p.k] = main;
        plans.push_back(p);
    }
    for (const auto& p : plans) {
        file(p);
        if (p.fate == "under_review" || p.fate == "cosigning" || p.merge_into >= 0) continue;
        const auto accepted = p.submitted + kDay * (p.plenary ? 14 + p.k % 5 : 7 + p.k % 4);
        at(accepted, [this, k = p.k] {
            for (const auto& [other, into] : merges_)
                if (into == k)
                    P::merge_proposals(db_, staff_->me, staff_->actor, Lang::zh,
                                       step(k, "同题提案，并案办理"), {ids_.at(other)});
            P::review_proposal(db_, staff_->me, staff_->actor, Lang::zh, {step(k), "accept", "", "", ""});
        });
        handle(p, accepted);
    }
    int k = static_cast<int>(plans.size());
    for (size_t j = 0; j < std::size(kRefused); ++j)
        refused(k++, kRefused[j], day(year, 5 + static_cast<int>(j), 15));
    returned(k++, day(year, 6, 16));
    // a joint proposal of the demo member, waiting for the demo leader to co-sign
    Plan waiting;
    waiting.k = k++;
    waiting.topic = 8;
    waiting.by_member = true;
    waiting.fate = "cosigning";
    waiting.submitted = now - kDay * 2;
    file(waiting);
    // a concentrated supervision campaign in June on the key proposals
    at(day(year, 166), [this, year] {
        std::vector<int64_t> ids;
        for (int x : key_)
            if (ids_.count(x)) ids.push_back(ids_.at(x));
        if (ids.empty()) return;
        P::create_campaign(db_, staff_->me, staff_->actor, Lang::zh,
                           {"重点提案集中督办", fmt::format("{}-06-15", year),
                            spec_.secretary + "、" + spec_.head, "领导带队到承办单位现场督办重点提案", ids});
    });
    // the evaluation meeting's scores
    at(std::min(now - kDay, day(year, 354)), [this, year] {
        int n = 0;
        for (const auto& [code, id] : unit_ids_)
            P::set_manual_score(db_, staff_->me, staff_->actor, Lang::zh, year, id, 14.0 + (n++ * 3) % 6,
                                "评议会议测评");
    });

    std::sort(events_.begin(), events_.end(),
              [](const Event& a, const Event& b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    for (auto& e : events_) {
        if (e.at > now) break;
        clock::set_offset_for_tests(std::chrono::duration_cast<std::chrono::seconds>(e.at - Clock::now()));
        e.run();
    }
    clock::set_offset_for_tests(std::chrono::seconds(0));
}

}  // namespace

void seed_proposals(storage::Db& db, int64_t committee_id, const ProposalSeedSpec& spec) {
    {
        auto tx = db.read();
        if (tx.one("SELECT id FROM proposals WHERE committee_id = :c", {{"c", committee_id}})) return;
    }
    Year y(db, committee_id, spec);
    if (y.load()) y.plan_and_run();
}

}  // namespace zhixie::demo
