package org.fazhikg.rdf;

import static org.fazhikg.extract.Section.ACHIEVEMENTS;
import static org.fazhikg.extract.Section.PLANS;
import static org.fazhikg.extract.Section.SHORTCOMINGS;

import java.time.LocalDate;
import java.util.List;
import org.fazhikg.ReportMetadata;
import org.fazhikg.link.Entity;
import org.fazhikg.link.Linked;

/**
 * Three short hand-written reports of two districts of one city over two years, linked by hand:
 * 西湖区 2022 (the golden report), 西湖区 2023 and 上城区 2023. Together they give every saved
 * query rows: mechanisms shared by two regions, co-occurring in reports, planned in 2022 and
 * reported as done in 2023.
 */
public final class ReportFixtures {
    private ReportFixtures() {}

    /** All three, oldest first. */
    public static List<Linked> all() {
        return List.of(xihu2022(), xihu2023(), shangcheng2023());
    }

    /** The golden report: 杭州市西湖区司法局, 2022; its graph is rdf/xihu-2022.ttl. */
    public static Linked xihu2022() {
        LinkedBuilder b = new LinkedBuilder("xihu-2022", "/rdf/xihu-2022.txt",
                new ReportMetadata("杭州市西湖区司法局2022年法治政府建设年度报告", "杭州市西湖区司法局", "西湖区", 2022,
                        LocalDate.of(2023, 2, 15), "https://www.example.gov.cn/xihu/fzzf-2022.html"),
                ACHIEVEMENTS, SHORTCOMINGS, PLANS);
        Entity province = b.region("33", "浙江省", "province", null, "33");
        Entity city = b.region("3301", "杭州市", "city", "33", "3301");
        Entity xihu = b.region("330106", "西湖区", "district", "3301", "330106");
        Entity beishan = b.region("330106/北山街道", "北山街道", "subdistrict", "330106", null);
        Entity bureau = b.body("西湖区司法局", "bureau", "330106", null);
        Entity committee = b.body("西湖区委全面依法治区委员会", "committee", "330106", null);
        Entity review = b.body("西湖区行政复议局", "bureau", "330106", null);
        Entity mediation = b.body("北山街道人民调解委员会", "mediation_org", "330106/北山街道", null);
        Entity centre = b.body("西湖区公共法律服务中心", "centre", "330106", "西湖区司法局");
        Entity cityBureau = b.body("杭州市司法局", "bureau", "3301", null);
        Entity threeSystems = b.mechanism("行政执法三项制度", "initiative");
        Entity notification = b.mechanism("证明事项告知承诺制", "initiative");
        Entity fengqiao = b.mechanism("枫桥经验", "initiative");
        Entity sharedCourt = b.mechanism("共享法庭", "initiative");
        Entity outline = b.document("法治政府建设实施纲要（2021－2025年）", "纲要");
        Entity review2 = b.document("杭州市西湖区行政执法案卷评查办法", "办法");
        b.mention("杭州市西湖区司法局", 1, bureau)
                .mention("我区", 1, xihu)
                .mention("区委全面依法治区委员会", 1, committee)
                .mention("《法治政府建设实施纲要（2021－2025年）》", 1, outline)
                .mention("行政执法“三项制度”", 1, threeSystems)
                .metric("评查行政执法案卷316卷", 1, "行政执法案卷评查数", "316", "卷", "行政执法案卷评查数")
                .first("在全市率先推行证明事项告知承诺制", 1, "推行证明事项告知承诺制", "city")
                .mention("全市", 1, city)
                .mention("证明事项告知承诺制", 1, notification)
                .metric("办理告知承诺事项1200余件", 1, "告知承诺事项办理数", "1200", "件", null)
                .mention("区行政复议局", 1, review)
                .metric("共收到行政复议申请52件", 1, "行政复议申请收案数", "52", "件", "行政复议受理数")
                .metric("行政机关负责人出庭应诉率达100%", 1, "行政机关负责人出庭应诉率", "100", "%", "负责人出庭应诉率")
                .mention("新时代“枫桥经验”", 1, fengqiao)
                .mention("北山街道人民调解委员会", 1, mediation)
                .mention("北山街道", 1, beishan)
                .first("建成全省首个“共享法庭”调解工作室", 1, "共享法庭调解工作室", "province")
                .mention("全省", 1, province)
                .mention("“共享法庭”", 1, sharedCourt)
                .mention("区公共法律服务中心", 1, centre)
                .metric("接待群众咨询3.5万人次", 1, "公共法律服务中心接待咨询人次", "3.5", "万人次", "法律咨询人次")
                .metric("参考率、优秀率均为100%", 1, "领导干部学法考试参考率", "100", "%", null)
                .metric("参考率、优秀率均为100%", 1, "领导干部学法考试优秀率", "100.0", "%", null)
                .mention("行政执法“三项制度”", 2, threeSystems)
                .mention("证明事项告知承诺制", 2, notification)
                .mention("《杭州市西湖区行政执法案卷评查办法》", 1, review2)
                .mention("杭州市司法局", 1, cityBureau);
        return b.linked(bureau, xihu, 2022);
    }

    /** 杭州市西湖区司法局, 2023: reports as done what the 2022 report planned. */
    public static Linked xihu2023() {
        LinkedBuilder b = new LinkedBuilder("xihu-2023", "/rdf/xihu-2023.txt",
                new ReportMetadata("杭州市西湖区司法局2023年法治政府建设年度报告", "杭州市西湖区司法局", "西湖区", 2023,
                        LocalDate.of(2024, 1, 26), "https://www.example.gov.cn/xihu/fzzf-2023.html"),
                ACHIEVEMENTS, SHORTCOMINGS, PLANS);
        // only the district is linked; its city and province come from the gazetteer
        Entity xihu = b.region("330106", "西湖区", "district", "3301", "330106");
        Entity bureau = b.body("西湖区司法局", "bureau", "330106", null);
        Entity notification = b.mechanism("证明事项告知承诺制", "initiative");
        Entity threeSystems = b.mechanism("行政执法三项制度", "initiative");
        Entity sharedCourt = b.mechanism("共享法庭", "initiative");
        b.mention("杭州市西湖区司法局", 1, bureau)
                .mention("证明事项告知承诺制", 1, notification)
                .mention("全区", 1, xihu)
                .metric("覆盖全区38个部门", 1, "告知承诺制覆盖部门数", "38", "个", null)
                .mention("行政执法“三项制度”", 1, threeSystems)
                .metric("行政机关负责人出庭应诉率保持100%", 1, "行政机关负责人出庭应诉率", "100", "%", "负责人出庭应诉率")
                .mention("“共享法庭”", 1, sharedCourt);
        return b.linked(bureau, xihu, 2023);
    }

    /** 杭州市上城区人民政府, 2023: shares two mechanisms and a cited document with 西湖区. */
    public static Linked shangcheng2023() {
        LinkedBuilder b = new LinkedBuilder("shangcheng-2023", "/rdf/shangcheng-2023.txt",
                new ReportMetadata("杭州市上城区人民政府2023年法治政府建设年度报告", "杭州市上城区人民政府", "上城区", 2023,
                        LocalDate.of(2024, 3, 8), null),
                ACHIEVEMENTS, SHORTCOMINGS, PLANS);
        Entity city = b.region("3301", "杭州市", "city", "33", "3301");
        Entity shangcheng = b.region("330102", "上城区", "district", "3301", "330102");
        Entity government = b.body("上城区人民政府", "other", "330102", null);
        Entity bureau = b.body("上城区司法局", "bureau", "330102", "上城区人民政府");
        Entity threeSystems = b.mechanism("行政执法三项制度", "initiative");
        Entity fengqiao = b.mechanism("枫桥经验", "initiative");
        Entity platform = b.mechanism("两法衔接数字监督平台", "initiative");
        Entity outline = b.document("法治政府建设实施纲要（2021－2025年）", "纲要");
        b.mention("杭州市", 1, city)
                .mention("上城区", 1, shangcheng)
                .mention("上城区人民政府", 1, government)
                .mention("行政执法“三项制度”", 1, threeSystems)
                .mention("新时代“枫桥经验”", 1, fengqiao)
                .first("在全国首创“两法衔接”数字监督平台", 1, "两法衔接数字监督平台", "national")
                .mention("“两法衔接”数字监督平台", 1, platform)
                .mention("区司法局", 1, bureau)
                .mention("《法治政府建设实施纲要（2021－2025年）》", 1, outline)
                .metric("行政机关负责人出庭应诉率达98.5%", 1, "行政机关负责人出庭应诉率", "98.5", "%", "负责人出庭应诉率")
                .mention("行政执法“三项制度”", 2, threeSystems)
                .mention("“两法衔接”数字监督平台", 2, platform);
        return b.linked(government, shangcheng, 2023);
    }
}
