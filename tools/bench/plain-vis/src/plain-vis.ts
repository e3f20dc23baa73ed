/**
 * Every item of the corpus handed to vis-timeline at once, with the site's
 * main options (lanes, stacking, axis on top) and the same opening window.
 * Zoom halves or doubles the window about its middle, without animation.
 */
import { Timeline, type DataGroup, type DataItem } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

/** What the bench writes into #timeline-data. */
interface TimelineData {
  groups: { id: string; content: string }[];
  items: DataItem[];
  start: string;
  end: string;
}

const element = document.getElementById('timeline-data');
const container = document.getElementById('timeline');
if (element === null || container === null) throw new Error('plain-vis: missing page parts');
const data = JSON.parse(element.textContent) as TimelineData;

const timeline = new Timeline(
  container,
  new DataSet<DataItem>(data.items),
  new DataSet<DataGroup>(data.groups),
  {
    start: data.start,
    end: data.end,
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    zoomKey: 'ctrlKey',
    showCurrentTime: false,
  },
);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
  button.addEventListener('click', () => {
    const { start, end } = timeline.getWindow();
    const centre = (start.getTime() + end.getTime()) / 2;
    const half = ((end.getTime() - start.getTime()) * (button.dataset.zoom === 'in' ? 0.5 : 2)) / 2;
    timeline.setWindow(centre - half, centre + half, { animation: false });
  });
}
