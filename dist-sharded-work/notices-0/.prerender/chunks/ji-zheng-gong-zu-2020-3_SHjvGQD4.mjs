import { n as createVNode, p as Fragment, r as __astro_tag_component__ } from "./jsx-runtime_BjlkpL56.mjs";
// generated/ji-zheng-gong-zu-2020-3.mdx
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
					children: "吉林省政务公开（政府信息公开）领导小组关于印发《吉林省2020年政务公开工作要点及重点任务分工》的通知"
				}),
				createVNode(Meta, {
					role: "documentNumber",
					children: createVNode(_components.p, { children: "吉政公组〔2020〕3号" })
				}),
				createVNode(Meta, {
					role: "addressees",
					children: createVNode(_components.p, { children: "各市（州）人民政府、长白山管委会，长春新区管委会，省政府各厅委办、各直属机构：" })
				}),
				createVNode(Paragraph, {
					eId: "cover__p_1",
					children: createVNode(_components.p, { children: [createVNode(Ref, {
						kind: "title",
						relation: "issues",
						missing: "notInLibrary",
						query: "吉林省2020年政务公开要点及重点任务分工",
						children: "《吉林省2020年政务公开要点及重点任务分工》"
					}), "已经省政府同意，现印发给你们，请认真遵照执行。"] })
				}),
				createVNode(Meta, {
					role: "signature",
					children: createVNode(_components.p, { children: "吉林省政务公开（政府信息公开）领导小组" })
				}),
				createVNode(Meta, {
					role: "date",
					children: createVNode(_components.p, { children: "2020年8月12日" })
				}),
				createVNode(Meta, {
					role: "note",
					children: createVNode(_components.p, { children: "（此件公开发布）" })
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
					children: "吉林省2020年政务公开工作要点及重点任务分工"
				}),
				createVNode(Paragraph, {
					eId: "intro__p_1",
					children: createVNode(_components.p, { children: [
						"深入贯彻党中央国务院和省委省政府关于政务公开工作决策部署，全面落实",
						createVNode(Ref, {
							kind: "decree",
							relation: "implements",
							missing: "notInLibrary",
							query: "国务院令第711号",
							children: "《中华人民共和国政府信息公开条例》（国务院令第711号）"
						}),
						"，紧紧围绕经济持续健康发展和社会和谐稳定，着力推进决策、执行、管理、服务、结果全过程公开，不断提升政务公开质量和实效，以公开促落实、促规范、促服务。"
					] })
				}),
				createVNode(_components.h3, {
					id: "sec_1",
					children: "一、加强权力配置信息和决策信息的公开"
				}),
				createVNode(_components.h4, {
					id: "sec_1__para_1",
					children: "（一）加强权力配置信息公开。"
				}),
				createVNode(_components.p, { children: ["各地各部门对照法律法规规章，全面梳理本机关依法行使的行政权力和依法承担的公共服务职责，及时更新调整权责清单和政务服务事项清单并按照要求公开。除涉密事项外，清单应在省政府门户网站专栏进行集中公布，同时由各部门在各自网站上进行公布，接受社会监督。行政权力调整后，及时在政府门户网站及其他有效载体上向社会公布调整后的行政权力清单。各地各部门要全面开展权责清单编制工作，并公布本级政府机构、职能、权限、程序、责任等信息，全面展现政府机构权力配置情况。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"各级政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，各级政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_1__para_2",
					children: "（二）全面推进基层政务公开标准化规范化。"
				}),
				createVNode(_components.p, { children: [
					"认真贯彻落实",
					createVNode(Ref, {
						kind: "document",
						relation: "implements",
						missing: "notInLibrary",
						query: "国办发〔2019〕54号",
						children: "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）"
					}),
					"，对照国务院部门制定的26个领域基层政务公开标准指引，全面梳理细化相关领域政务公开事项。按照",
					createVNode(Ref, {
						kind: "document",
						relation: "implements",
						missing: "notInLibrary",
						query: "吉政公组〔2020〕1号",
						children: "《吉林省全面推进基层政务公开标准化规范化工作实施方案》（吉政公组〔2020〕1号）"
					}),
					"相关要求，加快推进各地试点工作模式，形成一批可复制、可推广的基层政务公开标准化优秀模板。2020年11月底前，各级政务公开主管部门要指导基层政府编制完成本级政务公开事项标准目录，并录入吉林省基层政务公开事项查询系统，公开的事项可以在承诺公开的平台渠道中查阅到对应公开的信息，确保权力运行到哪里，公开和监督就延伸到哪里。",
					createVNode(Duty, {
						lead: ["省政数局"],
						units: [
							"各市〔州〕、县〔市、区〕政府",
							"省政府各部门",
							"各单位"
						],
						deadline: null,
						deadlineDate: null,
						children: "（省政数局牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_1__para_3",
					children: "（三）强化政务信息规范管理。"
				}),
				createVNode(_components.p, { children: ["建立完善政务信息制作、获取、处理等制度，对政务信息进行全生命周期的规范管理，完善政府信息公开动态管理机制，对于已公开的法律、法规、规章、规范性文件等重要政务信息，按照“放管服”改革要求及时立、改、废，并进行动态调整更新。逐步整理形成本级政府和本系统制度文件汇编，并集中统一对外公开。构建权威发布、信息共享、动态更新的行政规范性文件信息平台，以大数据等技术手段实现对文件的标准化、精细化、动态化管理。通过信息化手段不断降低政务信息管理成本，提高管理效率，以政务信息管理的现代化促进政务公开工作的现代化。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_2",
					children: "二、聚焦“六稳”“六保”工作加强政策解读"
				}),
				createVNode(_components.h4, {
					id: "sec_2__para_1",
					children: "（一）助力扎实做好“六稳”工作。"
				}),
				createVNode(_components.p, { children: [
					"围绕我省经济工作会议精神和",
					createVNode(Ref, {
						kind: "title",
						relation: "cites",
						missing: "notInLibrary",
						query: "政府工作报告",
						children: "《政府工作报告》"
					}),
					"要求，扎实做好稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期各项政策举措解读力度，特别是结合“三抓”“三早”和工业服务、消费供给、投资增长、招商引资、营商环境建设“五项攻坚”行动，切实采用多种形式、丰富解读内容、增强传播影响、释放积极信号、营造良好舆论、抓好政策落实，最大程度发挥政策效应。",
					createVNode(Duty, {
						lead: [],
						units: [
							"各市〔州〕、县〔市、区〕政府",
							"省政府各部门",
							"各单位"
						],
						deadline: null,
						deadlineDate: null,
						children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_2__para_2",
					children: "（二）助力全面落实“六保”任务。"
				}),
				createVNode(_components.p, { children: ["紧紧围绕打好三大攻坚战、增强发展新动能、优化营商环境、有效扩大内需、激发市场活力、保障改善民生、稳定外贸外资、稳住企业就业，实时发布保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转等相关政策信息，解读好政策措施，发挥好工作成效。各级政府和部门要着力做好财政领域、金融领域、民生领域的政策公开。加大纾困和激发市场活力规模性政策的公开力度，确保政策资金流向、使用公开透明，让政策资金直达市县基层、直接惠企利民。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_2__para_3",
					children: "（三）强化监督考评，提升解读质效。"
				}),
				createVNode(_components.p, { children: [
					"加强对政策解读工作的监督、调度，着重从政策背景、决策依据、出台目的、重要举措等方面开展解读。坚决杜绝庸俗化解读，如把“纸上写的”解读为“实际做的”、把需要努力才能实现的工作目标解读为群众已经实际享受的政策红利。按照",
					createVNode(Ref, {
						kind: "document",
						relation: "implements",
						missing: "notInLibrary",
						query: "吉政公组〔2020〕2号",
						children: "《吉林省省直行政机关政策解读工作办法》（吉政公组〔2020〕2号）"
					}),
					"要求，对省直行政机关各部门政策解读情况进行考评，并将考评结果纳入部门年终绩效考核。各地区也要比照省里做法抓好本地区的政策解读工作。行政机关主要负责人要履行好“第一解读人”职责，带头解读政策，准确传递政策意图。同时，注重对基层一线政策执行人员开展政策解读和培训，确保实际执行环节不遗漏、不走样，增强政策解读实际效果。",
					createVNode(Duty, {
						lead: [],
						units: [
							"各市〔州〕、县〔市、区〕政府",
							"省政府各部门",
							"各单位"
						],
						deadline: null,
						deadlineDate: null,
						children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
					})
				] }),
				createVNode(_components.h3, {
					id: "sec_3",
					children: "三、以政务公开助推营商环境持续优化"
				}),
				createVNode(_components.h4, {
					id: "sec_3__para_1",
					children: "（一）推进办事服务公开标准化便利化。"
				}),
				createVNode(_components.p, { children: ["通过实体政务大厅、政府网站和“吉事办”，全面准确公开办事服务事项清单、办事指南、办事流程、办事机构、常见问题、监督举报方式和网办进度等信息，实现办事服务一次性告知，信息主动推送，让办事群众对事前准备清晰明了、事中进展实时掌握、事后结果及时获知。", createVNode(Duty, {
					lead: ["省政数局"],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（省政数局牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_3__para_2",
					children: "（二）建立涉企政策统一公开和辅导机制。"
				}),
				createVNode(_components.p, { children: [
					"围绕贯彻落实",
					createVNode(Ref, {
						kind: "title",
						relation: "implements",
						missing: "notInLibrary",
						query: "吉林省优化营商环境条例",
						children: "《吉林省优化营商环境条例》"
					}),
					"，建立涉企政策统一公开和辅导机制，通过宣传、解读和接受咨询等多种公开形式，提高市场主体对涉企政策的知晓度，切实解决政策落实“最后一公里”未完全打通、创新服务意识相对较弱等问题，保证企业及时准确了解和查询政策信息。",
					createVNode(Duty, {
						lead: ["省政数局"],
						units: [
							"各市〔州〕、县〔市、区〕政府",
							"省政府各部门",
							"各单位"
						],
						deadline: null,
						deadlineDate: null,
						children: "（省政数局牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_3__para_3",
					children: "（三）推动市场监管规则和标准公开透明。"
				}),
				createVNode(_components.p, { children: ["健全公开透明的市场监管规则和标准体系并向社会全面公开。围绕“放管服”改革和优化营商环境新任务新举措，加大市场准入门槛、市场公平竞争、事中事后监管、“好差评”结果、政府信用信息等信息公开力度，确保市场监管的公平公正。各级市场监管部门要加强窗口服务，为市场主体提供更加精准、便捷的政策咨询。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_4",
					children: "四、围绕应对突发公共事件做好政务公开"
				}),
				createVNode(_components.h4, {
					id: "sec_4__para_1",
					children: "（一）及时准确做好突发公共事件信息公开。"
				}),
				createVNode(_components.p, { children: ["按照法定内容、程序、方式、时限及时准确报告并发布公共卫生、自然灾害、重大事故灾难、重大环境污染等突发事件的应急预警、防控措施、事态进展、处置结果等信息。加强保护个人信息，应对突发事件收集的个人信息，要严格落实有关规定，采取有效措施进行保管并妥善处理。综合运用政府网站、新闻发布会、政务新媒体和各类新闻媒体等信息发布渠道，全方位发布国家重大决策部署和本地区重要工作举措，为应对突发事件提供有力支撑。", createVNode(Duty, {
					lead: [
						"省应急管理厅",
						"省卫健委",
						"省公安厅",
						"省生态环境厅",
						"省自然资源厅"
					],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（省应急管理厅、省卫健委、省公安厅、省生态环境厅、省自然资源厅牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_4__para_2",
					children: "（二）推进突发公共卫生事件信息公开。"
				}),
				createVNode(_components.p, { children: ["及时权威公开突发公共卫生事件、紧急医学救援、卫生应急体系和能力建设等相关信息。及时公开医疗卫生服务、卫生执法监管、疾病预防控制等和群众密切相关的公共卫生领域信息。坚持做好疫情防控常态化下疫情信息发布工作，让公众实时了解最新疫情动态和应对处置工作进展。", createVNode(Duty, {
					lead: ["省卫健委"],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（省卫健委牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_4__para_3",
					children: "（三）切实做好各级各类应急预案公开和宣传培训。"
				}),
				createVNode(_components.p, { children: ["按照政府信息公开条例要求，依权限及时公开突发事件应急预案。应急预案编制部门（单位）切实做好应急预案的宣传培训工作，增强社会公众特别是执行人员的风险防范意识和应对处置能力，及时对应急预案进行评估，总结经验教训，不断修订完善，切实提升应急预案的实际效用。", createVNode(Duty, {
					lead: ["省应急管理厅", "省卫健委"],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（省应急管理厅、省卫健委牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_5",
					children: "五、全力抓好政府信息公开条例的贯彻执行"
				}),
				createVNode(_components.h4, {
					id: "sec_5__para_1",
					children: "（一）规范政府信息公开申请办理工作。"
				}),
				createVNode(_components.p, { children: [
					"按照",
					createVNode(Ref, {
						kind: "document",
						relation: "implements",
						missing: "notInLibrary",
						query: "吉政办函〔2020〕49号",
						children: "《吉林省人民政府办公厅关于认真贯彻落实<中华人民共和国政府信息公开条例>有关工作的通知》（吉政办函〔2020〕49号）"
					}),
					"相关要求，坚持“公开为常态，不公开为例外”的原则，全面提升政府信息公开申请办理工作质量，从严把握不予公开范围，对法定不予公开条款坚持最小化适用原则。按标准做好依申请公开工作，规范工作流程，建立健全工作制度，按文书样本规范答复，确保答复内容合法合规、准确严谨。",
					createVNode(Duty, {
						lead: ["省政府办公厅"],
						units: [
							"各市〔州〕、县〔市、区〕政府",
							"省政府各部门",
							"各单位"
						],
						deadline: null,
						deadlineDate: null,
						children: "（省政府办公厅牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_5__para_2",
					children: "（二）推进公共企事业单位信息公开。"
				}),
				createVNode(_components.p, { children: ["根据政府信息公开条例的要求和授权，按照国务院有关部门的安排，研究制定或者修订教育、卫生健康、供水、供电、供气、供热、环境保护、公共交通等领域企事业单位信息公开专门规定。通过推进公共企事业单位信息公开，助力监管效能提升。", createVNode(Duty, {
					lead: [
						"省教育厅",
						"省卫健委",
						"省住建厅",
						"省生态环境厅",
						"省交通厅"
					],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（省教育厅、省卫健委、省住建厅、省生态环境厅、省交通厅牵头，抓好相关工作；各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_5__para_3",
					children: "（三）加强政府网站政务公开平台建设。"
				}),
				createVNode(_components.p, { children: [
					"认真落实",
					createVNode(Ref, {
						kind: "title",
						relation: "implements",
						missing: "notInLibrary",
						query: "中华人民共和国政府信息公开条例",
						children: "《中华人民共和国政府信息公开条例》"
					}),
					"和",
					createVNode(Ref, {
						kind: "document",
						relation: "implements",
						missing: "notInLibrary",
						query: "国办公开办函〔2019〕61号",
						children: "《国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知》（国办公开办函〔2019〕61号）"
					}),
					"的新要求，按照专栏姓专的原则，打造统一规范的政府信息公开专栏，增强公开的权威性、影响力。各级人民政府应当加强依托政府门户网站公开政府信息的工作，2020年底前，建设完成统一的政府信息公开平台，集中发布主动公开的政府信息，法定主动公开内容要全部公开到位。各级政府信息公开平台应当具备信息检索、查阅、下载等功能。进一步做好政府网站集约化试点工作，加快推进政府网站和政府系统自建的政务新媒体、政务服务平台之间的数据融通、服务融通、应用融通，提升政府网站大数据分析能力、辅助决策能力、集体发声能力和服务公众能力。加强网络安全责任管理，确保各级政府网站安全运行。同时，做好主动公开内容的审查，确保不发生表述错误。",
					createVNode(Duty, {
						lead: ["省政府办公厅", "省政数局"],
						units: [
							"各市〔州〕、县〔市、区〕政府",
							"省政府各部门",
							"各单位"
						],
						deadline: null,
						deadlineDate: null,
						children: "（省政府办公厅、省政数局牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）"
					})
				] }),
				createVNode(_components.h4, {
					id: "sec_5__para_4",
					children: "（四）提升政务新媒体建设水平。"
				}),
				createVNode(_components.p, { children: ["进一步理顺政务新媒体管理机制，按照“谁开设，谁主办”原则，做好开设整合、内容保障、安全防护、监督管理等工作。以内容建设为根本，明确政府系统政务新媒体定位，发挥政务新媒体的优势作用，不断优化发布、传播、互动、引导、办事等功能，统筹推进政务新媒体与政府网站的协调联动、融合发展，提升信息发布、解读回应、政民互动、办事服务的整体水平。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）"
				})] }),
				createVNode(_components.h3, {
					id: "sec_6",
					children: "六、强化政务公开的各项保障"
				}),
				createVNode(_components.h4, {
					id: "sec_6__para_1",
					children: "（一）持续强化组织领导。"
				}),
				createVNode(_components.p, { children: ["各行政机关要进一步完善领导体制、工作机制，明确内设机构承担政务公开日常工作，加强人员配置和经费保障，确定一名负责人具体负责政务公开工作，并报同级政务公开主管部门备案。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_6__para_2",
					children: "（二）着力加强队伍建设。"
				}),
				createVNode(_components.p, { children: ["县级以上政府办公厅（室）是本行政区域的政府信息公开主管部门，要切实担负起推进、指导、协调、监督本行政区域政府信息公开工作的职责。各级政府部门要在本级政府信息公开主管部门的统一指导、协调、监督下开展政府信息公开工作，并指定本机关内设机构负责本机关政府信息公开的日常工作。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_6__para_3",
					children: "（三）扎实开展培训工作。"
				}),
				createVNode(_components.p, { children: ["各级政府及其部门要有针对性地开展政务公开相关培训工作。各级领导干部要积极发挥示范促学作用，把政府信息公开条例作为领导干部学法用法制度的重要内容，并列入公务员初任培训的必修课，持续提升公务员的政务公开意识和能力。各地、各部门政务公开工作机构要切实承担责任，加强统筹协调，定期有针对性、系统性地组织政务公开业务培训，科学设置培训课程，提升培训效果。", createVNode(Duty, {
					lead: [],
					units: [
						"各市〔州〕、县〔市、区〕政府",
						"省政府各部门",
						"各单位"
					],
					deadline: null,
					deadlineDate: null,
					children: "（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）"
				})] }),
				createVNode(_components.h4, {
					id: "sec_6__para_4",
					children: "（四）切实规范考核评估。"
				}),
				createVNode(_components.p, { children: ["各级政务公开主管部门要定期对各部门贯彻落实政府信息公开条例情况、重大政策解读质量、信息公开专栏升级建设等工作进行指导和监督检查，并将工作完成情况纳入本级政府绩效考核共性指标，加大考核分数和权重，推动各级行政机关依法履职尽责。各级政务公开主管部门要优化第三方评估，认真梳理政务公开各项考评指标，根据新形势新要求予以调整完善，充分发挥评估指标推动工作、指引工作的作用。", createVNode(Duty, {
					lead: [],
					units: ["全省各级政务公开主管部门"],
					deadline: null,
					deadlineDate: null,
					children: "（全省各级政务公开主管部门负责落实）"
				})] }),
				createVNode(Paragraph, {
					eId: "wrapup__p_1",
					children: createVNode(_components.p, { children: "各地、各部门贯彻落实本要点的主要情况，要纳入政府信息公开工作年度报告予以公开，接受社会监督。" })
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
	"id": "ji-zheng-gong-zu-2020-3",
	"title": "吉林省政务公开（政府信息公开）领导小组关于印发《吉林省2020年政务公开工作要点及重点任务分工》的通知",
	"documentNumber": "吉政公组〔2020〕3号",
	"issuer": "吉林省政务公开（政府信息公开）领导小组",
	"signedDate": "2020-08-12T00:00:00.000Z",
	"lang": "zh-CN"
};
function getHeadings() {
	return [
		{
			"depth": 2,
			"slug": "cover",
			"text": "吉林省政务公开（政府信息公开）领导小组关于印发《吉林省2020年政务公开工作要点及重点任务分工》的通知"
		},
		{
			"depth": 2,
			"slug": "main",
			"text": "吉林省2020年政务公开工作要点及重点任务分工"
		},
		{
			"depth": 3,
			"slug": "sec_1",
			"text": "一、加强权力配置信息和决策信息的公开"
		},
		{
			"depth": 4,
			"slug": "sec_1__para_1",
			"text": "（一）加强权力配置信息公开。"
		},
		{
			"depth": 4,
			"slug": "sec_1__para_2",
			"text": "（二）全面推进基层政务公开标准化规范化。"
		},
		{
			"depth": 4,
			"slug": "sec_1__para_3",
			"text": "（三）强化政务信息规范管理。"
		},
		{
			"depth": 3,
			"slug": "sec_2",
			"text": "二、聚焦“六稳”“六保”工作加强政策解读"
		},
		{
			"depth": 4,
			"slug": "sec_2__para_1",
			"text": "（一）助力扎实做好“六稳”工作。"
		},
		{
			"depth": 4,
			"slug": "sec_2__para_2",
			"text": "（二）助力全面落实“六保”任务。"
		},
		{
			"depth": 4,
			"slug": "sec_2__para_3",
			"text": "（三）强化监督考评，提升解读质效。"
		},
		{
			"depth": 3,
			"slug": "sec_3",
			"text": "三、以政务公开助推营商环境持续优化"
		},
		{
			"depth": 4,
			"slug": "sec_3__para_1",
			"text": "（一）推进办事服务公开标准化便利化。"
		},
		{
			"depth": 4,
			"slug": "sec_3__para_2",
			"text": "（二）建立涉企政策统一公开和辅导机制。"
		},
		{
			"depth": 4,
			"slug": "sec_3__para_3",
			"text": "（三）推动市场监管规则和标准公开透明。"
		},
		{
			"depth": 3,
			"slug": "sec_4",
			"text": "四、围绕应对突发公共事件做好政务公开"
		},
		{
			"depth": 4,
			"slug": "sec_4__para_1",
			"text": "（一）及时准确做好突发公共事件信息公开。"
		},
		{
			"depth": 4,
			"slug": "sec_4__para_2",
			"text": "（二）推进突发公共卫生事件信息公开。"
		},
		{
			"depth": 4,
			"slug": "sec_4__para_3",
			"text": "（三）切实做好各级各类应急预案公开和宣传培训。"
		},
		{
			"depth": 3,
			"slug": "sec_5",
			"text": "五、全力抓好政府信息公开条例的贯彻执行"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_1",
			"text": "（一）规范政府信息公开申请办理工作。"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_2",
			"text": "（二）推进公共企事业单位信息公开。"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_3",
			"text": "（三）加强政府网站政务公开平台建设。"
		},
		{
			"depth": 4,
			"slug": "sec_5__para_4",
			"text": "（四）提升政务新媒体建设水平。"
		},
		{
			"depth": 3,
			"slug": "sec_6",
			"text": "六、强化政务公开的各项保障"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_1",
			"text": "（一）持续强化组织领导。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_2",
			"text": "（二）着力加强队伍建设。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_3",
			"text": "（三）扎实开展培训工作。"
		},
		{
			"depth": 4,
			"slug": "sec_6__para_4",
			"text": "（四）切实规范考核评估。"
		}
	];
}
var url = "generated/ji-zheng-gong-zu-2020-3.mdx/";
var file = "/work/wt/shardbuild/generated/ji-zheng-gong-zu-2020-3.mdx";
var Content = (props = {}) => MDXContent({
	...props,
	components: {
		Fragment,
		...props.components
	}
});
Content[Symbol.for("mdx-component")] = true;
Content[Symbol.for("astro.needsHeadRendering")] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/wt/shardbuild/generated/ji-zheng-gong-zu-2020-3.mdx";
__astro_tag_component__(Content, "astro:jsx");
export { Content, Content as default, file, frontmatter, getHeadings, url };
