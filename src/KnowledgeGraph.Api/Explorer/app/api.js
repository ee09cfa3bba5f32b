// The page's only data path: the API's persisted operations (persisted/Explore*.graphql), sent by id with GET so
// that the page carries no query text and works when the API runs registered operations only.
import searchId from 'persisted:ExploreSearch';
import neighborhoodId from 'persisted:ExploreNeighborhood';
import pathsId from 'persisted:ExplorePaths';
import nodeId from 'persisted:ExploreNode';
import documentTextId from 'persisted:ExploreDocumentText';

// Answers by request, so that going back and forth redraws without asking again.
const answers = new Map();

async function run(documentId, variables) {
  const url = `/graphql?documentId=${encodeURIComponent(documentId)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  if (!answers.has(url)) {
    answers.set(url, fetch(url, { headers: { Accept: 'application/graphql-response+json, application/json' } })
      .then(response => response.json())
      .then(body => {
        if (body.errors?.length) {
          throw new Error(body.errors.map(error => `${error.message} (${error.extensions?.code ?? 'ERROR'})`).join('; '));
        }
        return body.data;
      })
      .catch(error => {
        answers.delete(url);
        throw error;
      }));
  }
  return answers.get(url);
}

export const search = async text => (await run(searchId, { text })).search;
export const neighborhood = async (id, depth) => (await run(neighborhoodId, { id, depth })).neighborhood;
export const paths = async (from, to) => (await run(pathsId, { from, to })).paths;
export const node = async id => (await run(nodeId, { id })).node;
export const documentText = async id => (await run(documentTextId, { id })).node;
