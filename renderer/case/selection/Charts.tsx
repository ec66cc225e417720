import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, BoxplotChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** Distinct shapes for members, so points are told apart on a black-and-white printout. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle', 'emptyRect', 'emptyTriangle'];
const GREYS = ['#555', '#aaa', '#ddd', '#777', '#bbb', '#333', '#999', '#eee'];

/**
 * An echarts chart in a div. The chart is made once and updated in place (setOption) when its data changes, never
 * re-made on a re-render of the page. It is first drawn when its place comes into view (the charts sit below the
 * ranking and the review notes, usually below the first screen), and then only after the browser has painted, so
 * opening the results shows the ranking at once and a chart costs nothing until it is looked at.
 */
function useChart(option: echarts.EChartsCoreOption) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  useEffect(() => {
    let made: echarts.ECharts | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const draw = () => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          if (!ref.current || made) return;
          made = echarts.init(ref.current, undefined, { renderer: 'canvas' });
          made.setOption(latest.current);
          chart.current = made;
        });
      });
    };
    // No IntersectionObserver (very old engines): draw as before, after the first paint.
    const seen = typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen?.disconnect();
      draw();
    });
    if (seen && ref.current) seen.observe(ref.current);
    else draw();
    const onResize = () => made?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      seen?.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
      made?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return ref;
}

/** The same value while its content is the same: a re-render with equal data must not redraw a chart. */
function useStable<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => value, [key]);
}

/** Each applicant's points by criterion: grouped bars filled with patterns (decals), not colour alone. */
export function ScoreByCriterionChart({ criteria, applicants }: { criteria: { id: string; name: string }[]; applicants: { name: string; values: Record<string, number> }[] }) {
  const ref = useChart(useStable({
    aria: { enabled: true, decal: { show: true } },
    color: GREYS,
    title: { text: '各申报单位分项得分', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 30 },
    grid: { top: 72, left: 48, right: 16, bottom: 56 },
    xAxis: { type: 'category', data: criteria.map((c) => c.name), axisLabel: { interval: 0, rotate: criteria.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '分' },
    series: applicants.map((a) => ({ type: 'bar', name: a.name, data: criteria.map((c) => Number((a.values[c.id] ?? 0).toFixed(2))), itemStyle: { borderColor: '#000', borderWidth: 0.5 } })),
  }));
  return <div ref={ref} style={{ width: '100%', height: 340 }} data-testid="chart-by-criterion" />;
}

/** One applicant: each criterion's spread across members (box: min, quartiles, max) and each member's point by shape. */
export function SpreadChart({ title, criteria, members }: { title: string; criteria: { id: string; name: string; max: number }[]; members: { name: string; values: Record<string, number | null> }[] }) {
  const boxes = criteria.map((c) => {
    const v = members.map((m) => m.values[c.id]).filter((x): x is number => x != null).sort((a, b) => a - b);
    if (!v.length) return [0, 0, 0, 0, 0];
    const q = (p: number) => {
      const i = (v.length - 1) * p;
      return v[Math.floor(i)] + (v[Math.ceil(i)] - v[Math.floor(i)]) * (i - Math.floor(i));
    };
    return [v[0], q(0.25), q(0.5), q(0.75), v[v.length - 1]];
  });
  const ref = useChart(useStable({
    aria: { enabled: true },
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    legend: { top: 30 },
    grid: { top: 72, left: 48, right: 16, bottom: 56 },
    xAxis: { type: 'category', data: criteria.map((c) => `${c.name}（${c.max}）`), axisLabel: { interval: 0, rotate: criteria.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '分' },
    series: [
      { type: 'boxplot', name: '分布', data: boxes, itemStyle: { color: '#fff', borderColor: '#000' } },
      ...members.map((m, i) => ({
        type: 'scatter', name: m.name, symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 10, itemStyle: { color: GREYS[i % GREYS.length], borderColor: '#000', borderWidth: 1 },
        data: criteria.map((c) => m.values[c.id] ?? null),
      })),
    ],
  }));
  return <div ref={ref} style={{ width: '100%', height: 340 }} data-testid="chart-spread" />;
}
