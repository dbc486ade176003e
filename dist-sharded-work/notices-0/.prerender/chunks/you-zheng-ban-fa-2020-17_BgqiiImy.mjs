import { n as createVNode, p as Fragment, r as __astro_tag_component__ } from "./jsx-runtime_BjlkpL56.mjs";
// generated/you-zheng-ban-fa-2020-17.mdx
function _createMdxContent(props) {
	const _components = Object.assign({
		h2: "h2",
		h3: "h3",
		h4: "h4",
		p: "p"
	}, props.components);
	const { Duty, Meta, NoticePart, Paragraph, Ref } = _components;
	if (!NoticePart) _missingMdxReference("NoticePart", true);
	if (!Meta) _missingMdxReference("Meta", true);
	if (!Paragraph) _missingMdxReference("Paragraph", true);
	if (!Ref) _missingMdxReference("Ref", true);
	if (!Duty) _missingMdxReference("Duty", true);
	return createVNode(Fragment, { children: [
		createVNode(NoticePart, {
			eId: "cover",
			kind: "letter",
			children: [
				createVNode(_components.h2, {
					id: "cover",
					children: "友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知"
				}),
				createVNode(Meta, {
					role: "documentNumber",
					children: createVNode(_components.p, { children: "友政办发〔2020〕17号" })
				}),
				createVNode(Meta, {
					role: "addressees",
					children: createVNode(_components.p, { children: "各乡（镇）人民政府，县政府直属和在县中、省直各单位：" })
				}),
				createVNode(Paragraph, {
					eId: "cover__p_1",
					children: createVNode(_components.p, { children: [createVNode(Ref, {
						kind: "title",
						relation: "issues",
						to: "#main",
						children: "《友谊县2020年政务公开工作实施方案》"
					}), "经2020年第十八次县政府常务会议审议通过，现印发给你们，请结合本单位实际，认真贯彻落实。"] })
				}),
				createVNode(Meta, {
					role: "signature",
					children: createVNode(_components.p, { children: "友谊县人民政府办公室" })
				}),
				createVNode(Meta, {
					role: "date",
					children: createVNode(_components.p, { children: "2020年9月7日" })
				})
			]
		}),
		"\n",
		createVNode(NoticePart, {
			eId: "main",
			kind: "text",
			children: [
				createVNode(_components.h2, {
					id: "main",
					children: "友谊县2020年政务公开工作实施方案"
				}),
				createVNode(Paragraph, {
					eId: "intro__p_1",
					children: createVNode(_components.p, { children: [
						"为深入贯彻",
						createVNode(Ref, {
							kind: "document",
							relation: "implements",
							to: "/notices/guo-ban-fa-2020-17/",
							children: "《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）"
						}),
						"、",
						createVNode(Ref, {
							kind: "document",
							relation: "implements",
							missing: "notInLibrary",
							query: "黑政办发〔2020〕22号",
							children: "《黑龙江省人民政府办公厅关于印发黑龙江省2020年政务公开工作实施方案的通知》（黑政办发〔2020〕22号）"
						}),
						"和",
						createVNode(Ref, {
							kind: "document",
							relation: "implements",
							missing: "notInLibrary",
							query: "双政办发〔2020〕18号",
							children: "《双鸭山市人民政府办公室关于印发2020年政务公开工作实施方案的通知》（双政办发〔2020〕18号）"
						}),
						"，推进政务公开各项重点任务落实，进一步提升全县政务公开工作水平，现结合我县实际，制定本实施方案。"
					] })
				}),
				createVNode(_components.h3, {
					id: "sec_1",
					children: "一、围绕贯彻落实党的十九届四中全会精神加强用权公开"
				}),
				createVNode(_components.h4, {
					id: "sec_1__para_1",
					children: "（一）以权责清单为依托，加强权力配置信息公开。"
				}),
				createVNode(_components.p, { children: ["各单位、各部门要对照法律法规规章，全面梳理本机关依法行使的行政权力和依法承担的公共服务职责，更新完善权责清单并公开。", createVNode(Duty, {
					lead: ["县营商环境建设监督局"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县营商环境建设监督局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(Paragraph, {
					eId: "sec_1__para_1__p_2",
					children: createVNode(_components.p, { children: ["各单位、各部门要依法公开工作职能、机构设置等信息，在此基础上组织编写本单位行政机关机构职能目录并通过政府门户网站向社会公开。", createVNode(Duty, {
						lead: ["县政府办公室"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（牵头单位：县政府办公室； 责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
					})] })
				}),
				createVNode(_components.h4, {
					id: "sec_1__para_2",
					children: "（二）以基层政务公开标准化规范化为抓手，加强权力运行过程信息公开。"
				}),
				createVNode(_components.p, { children: ["抓紧构建行政决策公众参与机制，凡是直接涉及相对人权益的重大行政决策，都应以座谈会、听证会、实地走访、书面征求意见、向社会公开征求意见、问卷调查、民意调查等方式听取利益相关方和社会公众意见。", createVNode(Duty, {
					lead: [],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(Paragraph, {
					eId: "sec_1__para_2__p_2",
					children: createVNode(_components.p, { children: [
						"各单位、各部门、各乡（镇）政府要以用权公开为导向，重点聚焦权力运行关键环节、关键岗位，按照",
						createVNode(Ref, {
							kind: "document",
							relation: "implements",
							missing: "notInLibrary",
							query: "友政办发〔2020〕14号",
							children: "《友谊县人民政府办公室关于全面推进基层政务公开标准化规范化工作的实施方案》（友政办发〔2020〕14号）"
						}),
						"要求，编制完成本单位政务公开事项标准目录并在政府门户网站上集中发布，确保权力运行到哪里，公开和监督就延伸到哪里。",
						createVNode(Duty, {
							lead: ["县政府办公室"],
							units: ["县直各单位", "各乡（镇）政府"],
							deadline: "2020年11月底前",
							deadlineDate: "2020-11-30",
							children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年11月底前）"
						})
					] })
				}),
				createVNode(_components.h4, {
					id: "sec_1__para_3",
					children: "（三）以规章规范性文件为重点，加强政务信息管理。"
				}),
				createVNode(_components.p, { children: ["司法行政工作主管部门要集中统一对外公开现行有效的本级政府规章，并提供在线查阅、检索、下载等服务。", createVNode(Duty, {
					lead: ["县司法局"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年11月底前",
					deadlineDate: "2020-11-30",
					children: "（牵头单位：县司法局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年11月底前）"
				})] }),
				createVNode(Paragraph, {
					eId: "sec_1__para_3__p_2",
					children: createVNode(_components.p, { children: ["各单位、各部门要系统梳理本单位制发的规范性文件，按照“放管服”改革要求及时立改废，在政府网站集中统一对外公开并动态更新，初步解决底数不清、体系不完善等问题。", createVNode(Duty, {
						lead: [],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年11月底前",
						deadlineDate: "2020-11-30",
						children: "（责任单位：县直各单位，各乡（镇）政府；完成时限：2020年11月底前）"
					})] })
				}),
				createVNode(Paragraph, {
					eId: "sec_1__para_3__p_3",
					children: createVNode(_components.p, { children: ["各单位、各部门要逐步整理形成本单位制度文件汇编，并在政府门户网站集中统一对外公开，服务政府治理体系和治理能力现代化。", createVNode(Duty, {
						lead: [],
						units: ["县政府办公室", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（责任单位：县政府办公室，各乡（镇）政府；完成时限：2020年底前）"
					})] })
				}),
				createVNode(_components.h3, {
					id: "sec_2",
					children: "二、围绕“六稳”“六保”加强政策发布解读"
				}),
				createVNode(_components.h4, {
					id: "sec_2__para_1",
					children: "（一）助力做好“六稳”工作。"
				}),
				createVNode(_components.p, { children: [
					"围绕中央经济工作会议、省委、市委、县委经济工作会议精神和",
					createVNode(Ref, {
						kind: "title",
						relation: "cites",
						missing: "notInLibrary",
						query: "政府工作报告",
						children: "《政府工作报告》"
					}),
					"要求，加大政策解读力度，加强舆论引导，全面阐释“六稳”各项政策举措及其效果，主动回应经济社会热点问题，释放更多积极信号，为有效克服新冠肺炎疫情影响、努力实现今年经济社会发展目标任务营造良好舆论环境。拓宽发布渠道，丰富内容形式，增强传播力影响力，充分阐释经济运行总体平稳、稳中有进、长期向好态势，有效提振市场信心。",
					createVNode(Duty, {
						lead: [],
						units: [
							"融媒体中心",
							"县直各单位",
							"各乡（镇）政府"
						],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（责任单位：融媒体中心，县直各单位，各乡（镇）政府；完成时限：2020年底前）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_2__para_2",
					children: "（二）助力落实“六保”任务。"
				}),
				createVNode(_components.p, { children: ["实时发布“六保”等相关政策信息。紧紧围绕着力稳企业保就业、增强发展新动能、实施扩大内需战略、确保实现脱贫攻坚目标、稳住外贸外资基本盘、保障和改善民生等重大部署和重点工作任务，解读好相关政策措施、执行情况和工作成效。尤其要加大纾困和激发市场活力规模性政策的公开力度，确保政策资金流向、使用公开透明，让政策资金直达基层、直接惠企利民。", createVNode(Duty, {
					lead: [],
					units: [
						"融媒体中心",
						"县直各单位",
						"各乡（镇）政府"
					],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（责任单位：融媒体中心，县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_3",
					children: "三、围绕优化营商环境加强政务信息公开"
				}),
				createVNode(_components.h4, {
					id: "sec_3__para_1",
					children: "（一）提高市场监管规则和标准公开质量。"
				}),
				createVNode(_components.p, { children: ["贯彻落实党中央国务院、省委省政府、市委市政府和县委县政府关于深化“放管服”改革优化营商环境的决策部署，向市场主体全面公开市场监管规则和标准，以监管规则和标准的确定性保障市场监管的公正性。市场监管部门要加强窗口服务，为市场主体提供更加精准、便捷的政策咨询。", createVNode(Duty, {
					lead: [],
					units: ["县市场监督管理局等部门", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（责任单位：县市场监督管理局等部门，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_3__para_2",
					children: "（二）提高政务服务透明度便利度。"
				}),
				createVNode(_components.p, { children: ["全面优化办事流程，通过互联网等技术手段让办事人动态掌握办事进展，最大限度实现网络化、透明化办事。根据“放管服”改革进程，及时更新并公开办事方式、办事条件等信息。大力推进政务服务全程网办和不见面审批，加强“办好一件事”等综合办事信息公开，努力实现一次告知、一表申请、一套材料、一窗受理、一次联办和一次送达，加快实现惠企利民各项服务“网上办”“掌上办”，进一步提升办事便利度，推进“办事不求人”。", createVNode(Duty, {
					lead: ["县营商环境建设监督局"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县营商环境建设监督局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_3__para_3",
					children: "（三）提高便民利企政策发布解读针对性精准性。"
				}),
				createVNode(_components.p, { children: ["提升政策发布质量，按照“谁发布，谁解读”原则，通过文字、图解和领导政务访谈等形式做好政策解读。要加强对基层一线政策执行人员开展政策解读和培训。政策解读要做到准确、易懂，确保减税降费等各项便民利企政策在实际执行环节不遗漏、不走样，全面及时惠及市场主体和人民群众。要严格执行政策解读材料与政策文件同步组织、同步审签、同步部署工作机制。注重提升政策解读回应渠道的权威性、及时性，增强解读回应实际效果。", createVNode(Duty, {
					lead: [],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_4",
					children: "四、围绕突发事件应对加强公共卫生信息公开"
				}),
				createVNode(_components.h4, {
					id: "sec_4__para_1",
					children: "（一）及时准确发布疫情信息。"
				}),
				createVNode(_components.p, { children: ["坚持做好疫情防控常态化下疫情信息发布工作，依法做到及时、准确、公开、透明，让公众实时了解最新疫情动态和应对处置工作进展。融合各类信息发布渠道，有效运用新闻发布会、政府网站、政务新媒体和新闻媒体，全方位解读党中央、国务院重大决策部署和本地、本部门重要工作举措，为疫情防控工作提供有力支撑。密切关注涉及疫情的舆情动态，针对相关舆情热点问题，快速反应、正面回应。有关部门主要负责人要带头主动发声，以权威信息引导社会舆论。", createVNode(Duty, {
					lead: ["县卫生健康局"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县卫生健康局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_4__para_2",
					children: "（二）加强各级各类应急预案公开和公共卫生知识普及。"
				}),
				createVNode(_components.p, { children: [
					"严格落实",
					createVNode(Ref, {
						kind: "title",
						relation: "implements",
						missing: "notInLibrary",
						query: "中华人民共和国政府信息公开条例",
						children: "《中华人民共和国政府信息公开条例》"
					}),
					"关于主动公开突发公共事件应急预案的要求，有针对性地加强宣传培训，增强社会公众特别是应急预案执行人员的风险防范意识和能力，切实发挥应急预案实际效用。",
					createVNode(Duty, {
						lead: ["县应急管理局"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（牵头单位：县应急管理局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
					})
				] }),
				createVNode(Paragraph, {
					eId: "sec_4__para_2__p_2",
					children: createVNode(_components.p, { children: ["加强公共卫生知识日常普及工作，特别是对公众在新冠肺炎疫情防控过程中养成的好习惯好做法，通过科普作品等形式加强宣传推广，提高公众对传染病的防治意识和应对能力。", createVNode(Duty, {
						lead: ["县卫生健康局"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（牵头单位：县卫生健康局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
					})] })
				}),
				createVNode(_components.h4, {
					id: "sec_4__para_3",
					children: "（三）严格依法保护各项法定权利。"
				}),
				createVNode(_components.p, { children: ["妥善办理涉及公共卫生事件的政府信息公开申请，除公开后将损害公共利益、侵犯他人合法权益等法定禁止公开情形外，最大限度向申请人提供相关信息，更好满足人民群众知情权，维护政府公信力。加强个人信息保护，对因新冠肺炎疫情防控工作需要收集的个人信息，要严格落实个人信息保护有关规定，采取有效措施保管并妥善处理。", createVNode(Duty, {
					lead: ["县卫生健康局", "公安局"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县卫生健康局、公安局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_5",
					children: "五、围绕落实新修订的政府信息公开条例加强制度执行"
				}),
				createVNode(_components.h4, {
					id: "sec_5__para_1",
					children: "（一）落实政府信息主动公开新要求。"
				}),
				createVNode(_components.p, { children: [
					"正确执行关于主动公开的新规定，以政府信息公开平台为依托，推动公开内容进一步聚焦重点政务信息，公开方式更加统一规范。按照",
					createVNode(Ref, {
						kind: "document",
						relation: "implements",
						missing: "notInLibrary",
						query: "国办公开办函〔2019〕61号",
						children: "《国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知》（国办公开办函〔2019〕61号）"
					}),
					"要求建设完成政府信息公开平台，法定主动公开内容全部公开到位。将各单位的政府信息公开专栏与所属部门的专栏有机统合起来，构建一体化信息公开平台。",
					createVNode(Duty, {
						lead: ["县政府办公室"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年11月底前",
						deadlineDate: "2020-11-30",
						children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年11月底前）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_5__para_2",
					children: "（二）规范政府信息公开申请办理工作。"
				}),
				createVNode(_components.p, { children: ["以完善内部制度为抓手，以规范答复文书格式为重点，全面提升政府信息公开申请办理工作质量，依法保障公众合理信息需求。准确适用依申请公开各项规定，从严把握不予公开范围，对法定不予公开条款坚持最小化适用原则，切实做到以公开为常态、不公开为例外。", createVNode(Duty, {
					lead: ["县政府办公室"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_5__para_3",
					children: "（三）加强政府网站与政务新媒体建设。"
				}),
				createVNode(_components.p, { children: ["针对群众反映强烈的政府网站与政务新媒体更新不及时、信息不准确、资源不共享、互动不回应、服务不实用等问题，加强监督管理，做好政府网站和政务新媒体内容保障，更多发布权威准确、通俗易懂、形式多样、易于传播的政策解读产品，不断提高政策知晓度。推进政府网站、政务新媒体、在线政务服务平台的数据融通、服务融通、应用融通，提升大数据分析能力、辅助决策能力、整体发声能力和服务公众水平。强化网络安全责任，抓好政府网站和政务新媒体安全防护。", createVNode(Duty, {
					lead: ["县政府办公室"],
					units: [
						"融媒体中心",
						"县直各单位",
						"各乡（镇）政府"
					],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室；责任单位：融媒体中心，县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_5__para_4",
					children: "（四）建立健全公共企事业单位信息公开制度。"
				}),
				createVNode(_components.p, { children: ["教育、卫生健康、供水、供电、供气、供热、生态环境、公共交通等行业主管部门，要及时贯彻落实国家相关部委关于公共企事业单位信息公开规定，通过推动公共企事业单位信息公开，助力监管效能提升。", createVNode(Duty, {
					lead: [],
					units: [
						"县教体局",
						"生态环境局",
						"住建局",
						"交通运输局",
						"卫生健康局等部门",
						"各乡（镇）政府"
					],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（责任单位：县教体局、生态环境局、住建局、交通运输局、卫生健康局等部门，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_6",
					children: "六、强化做好政务公开工作的各项保障措施"
				}),
				createVNode(_components.h4, {
					id: "sec_6__para_1",
					children: "（一）明确领导责任。"
				}),
				createVNode(_components.p, { children: ["各单位、各部门要依法确定一名负责人履行本单位政府信息公开工作领导职责，报政府信息公开工作主管部门备案，实行垂直管理的政府部门向其上级政府信息公开工作主管部门备案。", createVNode(Duty, {
					lead: ["县政府办公室"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室；责任单位：县直各单位、各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(Paragraph, {
					eId: "sec_6__para_1__p_2",
					children: createVNode(_components.p, { children: ["政府信息公开工作主管部门要加强日常指导监督，帮助解决实际问题，及时纠正不当行为。政府信息公开工作主管部门要加强对各单位政府信息公开工作的业务指导，全面依法履职。", createVNode(Duty, {
						lead: ["县政府办公室"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（牵头单位：县政府办公室；责任单位：县直各单位、各乡（镇）政府；完成时限：2020年底前）"
					})] })
				}),
				createVNode(_components.h4, {
					id: "sec_6__para_2",
					children: "（二）加强机构队伍建设。"
				}),
				createVNode(_components.p, { children: ["各单位要严格落实政府信息公开条例要求，明确政府办公室为政府信息公开工作主管部门，各行政机关的政府信息公开工作机构原则上应在本机关内设机构中指定，并配齐配强工作力量。", createVNode(Duty, {
					lead: ["县政府办公室"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_6__para_3",
					children: "（三）强化培训工作。"
				}),
				createVNode(_components.p, { children: ["要把政府信息公开条例作为落实领导干部学法制度的重要内容，并列入公务员培训必修课程，稳步提升政府工作人员的政务公开意识和能力。政府信息公开工作主管部门要切实改进培训工作，增强培训的针对性、系统性，科学设置培训课程，提升培训效果。", createVNode(Duty, {
					lead: ["县政府办公室", "司法局"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室、司法局；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_6__para_4",
					children: "（四）规范考核评估。"
				}),
				createVNode(_components.p, { children: ["要认真梳理本单位绩效考核体系中政务公开各项指标，根据新形势新要求予以调整完善。", createVNode(Duty, {
					lead: ["县政府办公室"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室；责任单位：县直各单位、各乡（镇）政府；完成时限:2020年底前）"
				})] }),
				createVNode(Paragraph, {
					eId: "sec_6__para_4__p_2",
					children: createVNode(_components.p, { children: ["优化第三方评估，清理规范以行政机关名义参加社会上各类政务公开评估颁奖活动。", createVNode(Duty, {
						lead: ["县政府办公室"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
					})] })
				}),
				createVNode(_components.h4, {
					id: "sec_6__para_5",
					children: "（五）提高年报质量。"
				}),
				createVNode(_components.p, { children: ["要严格按照相关要求，规范编制政府信息公开工作年度报告并按时发布。要进一步提高年报编写质量，确保报告数据准确真实、内容全面客观。", createVNode(Duty, {
					lead: ["县政府办公室"],
					units: ["县直各单位", "各乡（镇）政府"],
					deadline: "2020年底前",
					deadlineDate: "2020-12-31",
					children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）"
				})] }),
				createVNode(Paragraph, {
					eId: "wrapup__p_1",
					children: createVNode(_components.p, { children: ["各乡（镇）、各单位、各部门贯彻落实本实施方案的主要情况，要纳入政府信息公开工作年度报告予以公开，接受社会监督。县政府办公室要加强本实施方案贯彻落实情况的监督指导。", createVNode(Duty, {
						lead: ["县政府办公室"],
						units: ["县直各单位", "各乡（镇）政府"],
						deadline: "2020年底前",
						deadlineDate: "2020-12-31",
						children: "（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限；2020年底前）"
					})] })
				}),
				createVNode(Meta, {
					role: "cc",
					children: createVNode(_components.p, { children: "抄送：县委办，县纪委办，县人武部" })
				}),
				createVNode(Meta, {
					role: "cc",
					children: createVNode(_components.p, { children: "县人大办，县政协办，县法院，县检察院。" })
				}),
				createVNode(Meta, {
					role: "imprint",
					children: createVNode(_components.p, { children: "友谊县人民政府办公室  　　    　        2020年9月17日印发" })
				})
			]
		})
	] });
}
function MDXContent(props = {}) {
	const { wrapper: MDXLayout } = props.components || {};
	return MDXLayout ? createVNode(MDXLayout, Object.assign({}, props, { children: createVNode(_createMdxContent, props) })) : _createMdxContent(props);
}
function _missingMdxReference(id, component) {
	throw new Error("Expected " + (component ? "component" : "object") + " `" + id + "` to be defined: you likely forgot to import, pass, or provide it.");
}
var frontmatter = {
	"id": "you-zheng-ban-fa-2020-17",
	"title": "友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知",
	"documentNumber": "友政办发〔2020〕17号",
	"issuer": "友谊县人民政府办公室",
	"signedDate": "2020-09-07T00:00:00.000Z",
	"lang": "zh-CN"
};
function getHeadings() {
	return [
		{
			"depth": 2,
			"slug": "cover",
			"text": "友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知"
		},
		{
			"depth": 2,
			"slug": "main",
			"text": "友谊县2020年政务公开工作实施方案"
		},
		{
			"depth": 3,
			"slug": "sec_1",
			"text": "一、围绕贯彻落实党的十九届四中全会精神加强用权公开"
		},
		{
			"depth": 4,
			"slug": "sec_1__para_1",
			"text": "（一）以权责清单为依托，加强权力配置信息公开。"
		},
		{
			"depth": 4,
			"slug": "sec_1__para_2",
			"text": "（二）以基层政务公开标准化规范化为抓手，加强权力运行过程信息公开。"
		},
		{
			"depth": 4,
			"slug": "sec_1__para_3",
			"text": "（三）以规章规范性文件为重点，加强政务信息管理。"
		},
		{
			"depth": 3,
			"slug": "sec_2",
			"text": "二、围绕“六稳”“六保”加强政策发布解读"
		},
		{
			"depth": 4,
			"slug": "sec_2__para_1",
			"text": "（一）助力做好“六稳”工作。"
		},
		{
			"depth": 4,
			"slug": "sec_2__para_2",
			"text": "（二）助力落实“六保”任务。"
		},
		{
			"depth": 3,
			"slug": "sec_3",
			"text": "三、围绕优化营商环境加强政务信息公开"
		},
		{
			"depth": 4,
			"slug": "sec_3__para_1",
			"text": "（一）提高市场监管规则和标准公开质量。"
		},
		{
			"depth": 4,
			"slug": "sec_3__para_2",
			"text": "（二）提高政务服务透明度便利度。"
		},
		{
			"depth": 4,
			"slug": "sec_3__para_3",
			"text": "（三）提高便民利企政策发布解读针对性精准性。"
		},
		{
			"depth": 3,
			"slug": "sec_4",
			"text": "四、围绕突发事件应对加强公共卫生信息公开"
		},
		{
			"depth": 4,
			"slug": "sec_4__para_1",
			"text": "（一）及时准确发布疫情信息。"
		},
		{
			"depth": 4,
			"slug": "sec_4__para_2",
			"text": "（二）加强各级各类应急预案公开和公共卫生知识普及。"
		},
		{
			"depth": 4,
			"slug": "sec_4__para_3",
			"text": "（三）严格依法保护各项法定权利。"
		},
		{
			"depth": 3,
			"slug": "sec_5",
			"text": "五、围绕落实新修订的政府信息公开条例加强制度执行"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_1",
			"text": "（一）落实政府信息主动公开新要求。"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_2",
			"text": "（二）规范政府信息公开申请办理工作。"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_3",
			"text": "（三）加强政府网站与政务新媒体建设。"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_4",
			"text": "（四）建立健全公共企事业单位信息公开制度。"
		},
		{
			"depth": 3,
			"slug": "sec_6",
			"text": "六、强化做好政务公开工作的各项保障措施"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_1",
			"text": "（一）明确领导责任。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_2",
			"text": "（二）加强机构队伍建设。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_3",
			"text": "（三）强化培训工作。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_4",
			"text": "（四）规范考核评估。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_5",
			"text": "（五）提高年报质量。"
		}
	];
}
var url = "generated/you-zheng-ban-fa-2020-17.mdx/";
var file = "/work/wt/shardbuild/generated/you-zheng-ban-fa-2020-17.mdx";
var Content = (props = {}) => MDXContent({
	...props,
	components: {
		Fragment,
		...props.components
	}
});
Content[Symbol.for("mdx-component")] = true;
Content[Symbol.for("astro.needsHeadRendering")] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/wt/shardbuild/generated/you-zheng-ban-fa-2020-17.mdx";
__astro_tag_component__(Content, "astro:jsx");
export { Content, Content as default, file, frontmatter, getHeadings, url };
